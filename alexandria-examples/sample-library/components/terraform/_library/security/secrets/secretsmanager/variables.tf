variable "name" {
  type        = string
  description = "Name of the secret; use a path such as payments/prod/stripe-api-key."
}

variable "description" {
  type        = string
  description = "Description of the secret."
  default     = null
}

variable "secret_string" {
  type        = string
  description = "Initial value. Null generates a random 32-character password; changes made outside Terraform are kept."
  default     = null
  sensitive   = true
}

variable "kms_key_arn" {
  type        = string
  description = "KMS key encrypting the secret. Null uses aws/secretsmanager (no cross-account access)."
  default     = null
}

variable "recovery_window_in_days" {
  type        = number
  description = "Days a deleted secret can be restored (0 deletes immediately, otherwise 7-30)."
  default     = 30

  validation {
    condition     = var.recovery_window_in_days == 0 || (var.recovery_window_in_days >= 7 && var.recovery_window_in_days <= 30)
    error_message = "recovery_window_in_days must be 0 or between 7 and 30."
  }
}

variable "reader_arns" {
  type        = list(string)
  description = "IAM principals allowed to read the secret through the resource policy."
  default     = []
  nullable    = false
}

variable "replica_regions" {
  type        = map(string)
  description = "Regions to replicate the secret to, as region => KMS key ARN (empty string for the default key)."
  default     = {}
  nullable    = false
}

variable "rotation_lambda_arn" {
  type        = string
  description = "Lambda function rotating the secret. Null disables rotation."
  default     = null
}

variable "rotation_days" {
  type        = number
  description = "Days between automatic rotations."
  default     = 30
}

variable "tags" {
  type        = map(string)
  description = "Tags added to the secret."
  default     = {}
  nullable    = false
}
