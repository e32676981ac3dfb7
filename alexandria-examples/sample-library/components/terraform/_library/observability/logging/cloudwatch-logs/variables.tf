variable "log_groups" {
  type = map(object({
    retention_in_days = optional(number)
    log_group_class   = optional(string, "STANDARD")
    skip_destroy      = optional(bool, false)
  }))
  description = "Log groups keyed by full name, for example /app/payments/api. Unset retention uses default_retention_days."
  nullable    = false
}

variable "default_retention_days" {
  type        = number
  description = "Retention of log groups that do not set their own, in days."
  default     = 30

  validation {
    condition     = contains([1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653], var.default_retention_days)
    error_message = "default_retention_days must be a retention period CloudWatch Logs accepts."
  }
}

variable "kms_key_arn" {
  type        = string
  description = "KMS key encrypting every log group. The key policy must allow logs.<region>.amazonaws.com."
  default     = null
}

variable "metric_filters" {
  type = map(object({
    log_group     = string
    pattern       = string
    metric_name   = string
    namespace     = optional(string, "Platform/Logs")
    value         = optional(string, "1")
    default_value = optional(number)
  }))
  description = "Metric filters keyed by name; log_group is a key of log_groups."
  default     = {}
  nullable    = false
}

variable "subscription_destination_arn" {
  type        = string
  description = "Kinesis stream, Firehose or Lambda receiving every log group through a subscription filter. Null disables forwarding."
  default     = null
}

variable "subscription_role_arn" {
  type        = string
  description = "Role CloudWatch Logs assumes to deliver to a Kinesis or Firehose destination."
  default     = null
}

variable "tags" {
  type        = map(string)
  description = "Tags added to every log group."
  default     = {}
  nullable    = false
}
