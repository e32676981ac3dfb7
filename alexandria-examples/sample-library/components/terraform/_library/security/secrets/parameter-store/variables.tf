variable "path_prefix" {
  type        = string
  description = "Hierarchy prefix of every parameter, for example /payments/prod."

  validation {
    condition     = startswith(var.path_prefix, "/") && !endswith(var.path_prefix, "/")
    error_message = "path_prefix must start with / and must not end with /."
  }
}

variable "parameters" {
  type = map(object({
    value       = string
    type        = optional(string, "String")
    description = optional(string)
    tier        = optional(string, "Standard")
  }))
  description = "Plain parameters keyed by name relative to path_prefix (String or StringList)."
  default     = {}
  nullable    = false

  validation {
    condition     = alltrue([for p in values(var.parameters) : contains(["String", "StringList"], p.type)])
    error_message = "Use secure_parameters for SecureString values; type must be String or StringList here."
  }
}

variable "secure_parameters" {
  type        = map(string)
  description = "SecureString parameters keyed by name relative to path_prefix."
  default     = {}
  nullable    = false
  sensitive   = true
}

variable "kms_key_arn" {
  type        = string
  description = "KMS key encrypting SecureString parameters. Null uses alias/aws/ssm."
  default     = null
}

variable "ignore_value_changes" {
  type        = bool
  description = "Create values once and let the application or operators change them afterwards."
  default     = false
}

variable "tags" {
  type        = map(string)
  description = "Tags added to every parameter."
  default     = {}
  nullable    = false
}
