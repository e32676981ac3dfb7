variable "name" {
  type        = string
  description = "Name of the backup vault and plan."
}

variable "schedule" {
  type        = string
  description = "Cron expression of the daily backup, in UTC."
  default     = "cron(0 3 * * ? *)"
}

variable "retention_days" {
  type        = number
  description = "Days a recovery point is kept."
  default     = 35
}

variable "cold_storage_after_days" {
  type        = number
  description = "Days after which a recovery point moves to cold storage; null keeps it warm."
  default     = null
}

variable "copy_to_vault_arn" {
  type        = string
  description = "ARN of a vault in another region or account that receives a copy of every recovery point; null for none."
  default     = null
}

variable "kms_key_arn" {
  type        = string
  description = "ARN of the KMS key that encrypts the vault; null uses the AWS-managed key."
  default     = null
}

variable "selection_tag_key" {
  type        = string
  description = "Tag key that selects the resources to back up."
  default     = "backup"
}

variable "selection_tag_value" {
  type        = string
  description = "Tag value that selects the resources to back up."
  default     = "daily"
}

variable "tags" {
  type        = map(string)
  description = "Tags added to every resource of the module."
  default     = {}
}
