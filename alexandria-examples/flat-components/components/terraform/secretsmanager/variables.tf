variable "path_prefix" {
  type        = string
  description = "Hierarchical prefix of every secret name, for example /platform/prod."
}

variable "secrets" {
  type = map(object({
    description         = string
    rotation_lambda_arn = optional(string)
    rotation_days       = optional(number, 30)
  }))
  description = "Secrets to create, keyed by their name below path_prefix."
}

variable "kms_key_arn" {
  type        = string
  description = "ARN of the KMS key that encrypts the secrets; null uses the AWS-managed key."
  default     = null
}

variable "recovery_window_in_days" {
  type        = number
  description = "Days a deleted secret can still be restored (0 deletes at once, otherwise 7 to 30)."
  default     = 30
}

variable "tags" {
  type        = map(string)
  description = "Tags added to every secret."
  default     = {}
}
