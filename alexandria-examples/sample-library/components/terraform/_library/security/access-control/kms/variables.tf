variable "alias" {
  type        = string
  description = "Alias of the key without the alias/ prefix, for example payments/data."

  validation {
    condition     = !startswith(var.alias, "alias/") && !startswith(var.alias, "aws/")
    error_message = "alias must not start with alias/ (added by the module) or aws/ (reserved)."
  }
}

variable "description" {
  type        = string
  description = "Description of the key."
}

variable "key_usage" {
  type        = string
  description = "ENCRYPT_DECRYPT, SIGN_VERIFY or GENERATE_VERIFY_MAC."
  default     = "ENCRYPT_DECRYPT"
}

variable "key_spec" {
  type        = string
  description = "SYMMETRIC_DEFAULT, or an RSA/ECC/HMAC spec for asymmetric keys (for example ECC_NIST_P256 for Route 53 DNSSEC)."
  default     = "SYMMETRIC_DEFAULT"
}

variable "enable_key_rotation" {
  type        = bool
  description = "Rotate key material automatically (symmetric keys only)."
  default     = true
}

variable "rotation_period_in_days" {
  type        = number
  description = "Days between automatic rotations (90-2560)."
  default     = 365

  validation {
    condition     = var.rotation_period_in_days >= 90 && var.rotation_period_in_days <= 2560
    error_message = "rotation_period_in_days must be between 90 and 2560."
  }
}

variable "deletion_window_in_days" {
  type        = number
  description = "Waiting period before a scheduled deletion completes (7-30)."
  default     = 30

  validation {
    condition     = var.deletion_window_in_days >= 7 && var.deletion_window_in_days <= 30
    error_message = "deletion_window_in_days must be between 7 and 30."
  }
}

variable "multi_region" {
  type        = bool
  description = "Create a multi-Region primary key that can be replicated."
  default     = false
}

variable "key_administrator_arns" {
  type        = list(string)
  description = "Principals that may manage (but not use) the key."
  default     = []
  nullable    = false
}

variable "key_user_arns" {
  type        = list(string)
  description = "Principals that may use the key for cryptographic operations."
  default     = []
  nullable    = false
}

variable "service_principals" {
  type        = list(string)
  description = "Service principals allowed to use the key directly, for example [\"logs.eu-west-1.amazonaws.com\", \"cloudtrail.amazonaws.com\"]."
  default     = []
  nullable    = false
}

variable "via_services" {
  type        = list(string)
  description = "Services through which key users may use the key (kms:ViaService), for example [\"s3.eu-west-1.amazonaws.com\"]. Empty allows direct use."
  default     = []
  nullable    = false
}

variable "tags" {
  type        = map(string)
  description = "Tags added to the key."
  default     = {}
  nullable    = false
}
