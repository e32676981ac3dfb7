variable "bucket_name" {
  type        = string
  description = "Globally unique bucket name."

  validation {
    condition     = can(regex("^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$", var.bucket_name)) && !can(regex("\\.\\.", var.bucket_name))
    error_message = "bucket_name must be 3-63 lower-case letters, digits, dots or hyphens, starting and ending with a letter or digit."
  }
}

variable "versioning_enabled" {
  type        = bool
  description = "Keep every version of every object."
  default     = true
}

variable "kms_key_arn" {
  type        = string
  description = "KMS key for SSE-KMS. Null uses SSE-S3 (AES256)."
  default     = null
}

variable "noncurrent_version_expiration_days" {
  type        = number
  description = "Days after which non-current object versions are deleted. 0 keeps them forever."
  default     = 90
}

variable "force_destroy" {
  type        = bool
  description = "Allow destroying a non-empty bucket. Only for throw-away environments."
  default     = false
}

variable "tags" {
  type        = map(string)
  description = "Tags added to the bucket."
  default     = {}
  nullable    = false
}
