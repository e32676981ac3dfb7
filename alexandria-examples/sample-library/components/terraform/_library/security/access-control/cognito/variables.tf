variable "user_pool_name" {
  type        = string
  description = "Name of the user pool."
}

variable "username_attributes" {
  type        = list(string)
  description = "Attributes users sign in with instead of a user name: email and/or phone_number."
  default     = ["email"]
}

variable "mfa_configuration" {
  type        = string
  description = "OFF, OPTIONAL or ON. ON enforces TOTP for every user."
  default     = "OPTIONAL"

  validation {
    condition     = contains(["OFF", "OPTIONAL", "ON"], var.mfa_configuration)
    error_message = "mfa_configuration must be OFF, OPTIONAL or ON."
  }
}

variable "password_policy" {
  type = object({
    minimum_length                   = optional(number, 12)
    require_lowercase                = optional(bool, true)
    require_uppercase                = optional(bool, true)
    require_numbers                  = optional(bool, true)
    require_symbols                  = optional(bool, false)
    temporary_password_validity_days = optional(number, 3)
  })
  description = "Password policy of the pool."
  default     = {}
  nullable    = false
}

variable "allow_admin_create_user_only" {
  type        = bool
  description = "Disable self sign-up; only administrators create users."
  default     = false
}

variable "ses_source_arn" {
  type        = string
  description = "Verified SES identity for sending email. Null uses the Cognito default sender (50 emails/day)."
  default     = null
}

variable "from_email_address" {
  type        = string
  description = "From address when sending through SES, for example \"Acme Accounts <no-reply@acme.example>\"."
  default     = null
}

variable "custom_attributes" {
  type = map(object({
    type    = optional(string, "String")
    mutable = optional(bool, true)
  }))
  description = "Custom attributes keyed by name (without the custom: prefix). They cannot be removed once created."
  default     = {}
  nullable    = false
}

variable "domain_prefix" {
  type        = string
  description = "Prefix of the hosted UI domain <prefix>.auth.<region>.amazoncognito.com. Null creates no domain."
  default     = null
}

variable "app_clients" {
  type = map(object({
    generate_secret        = optional(bool, false)
    callback_urls          = optional(list(string), [])
    logout_urls            = optional(list(string), [])
    allowed_oauth_flows    = optional(list(string), ["code"])
    allowed_oauth_scopes   = optional(list(string), ["openid", "email", "profile"])
    access_token_validity  = optional(number, 60)
    id_token_validity      = optional(number, 60)
    refresh_token_validity = optional(number, 30)
  }))
  description = "App clients keyed by name. Token validity is in minutes for access/id tokens and days for refresh tokens."
  default     = {}
  nullable    = false
}

variable "advanced_security_mode" {
  type        = string
  description = "Threat protection: OFF, AUDIT or ENFORCED (billed per monthly active user)."
  default     = "AUDIT"
}

variable "deletion_protection" {
  type        = bool
  description = "Refuse deletion of the user pool."
  default     = true
}

variable "tags" {
  type        = map(string)
  description = "Tags added to the user pool."
  default     = {}
  nullable    = false
}
