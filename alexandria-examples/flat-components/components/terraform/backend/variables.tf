variable "bucket_name" {
  type        = string
  description = "Name of the S3 bucket that holds Terraform state files."
}

variable "lock_table_name" {
  type        = string
  description = "Name of the DynamoDB table used for state locking."
  default     = "terraform-locks"
}

variable "kms_key_arn" {
  type        = string
  description = "ARN of the KMS key that encrypts the state bucket; null uses S3-managed keys."
  default     = null
}

variable "tags" {
  type        = map(string)
  description = "Tags added to the bucket and the lock table."
  default     = {}
}
