variable "sampling_rules" {
  type = map(object({
    priority       = number
    fixed_rate     = number
    reservoir_size = optional(number, 1)
    service_name   = optional(string, "*")
    service_type   = optional(string, "*")
    host           = optional(string, "*")
    http_method    = optional(string, "*")
    url_path       = optional(string, "*")
    attributes     = optional(map(string), {})
  }))
  description = "Sampling rules keyed by rule name (max 32 characters). Lower priority numbers are evaluated first."
  default = {
    "health-checks" = {
      priority   = 100
      fixed_rate = 0
      url_path   = "/healthz"
    }
    "platform-default" = {
      priority   = 9000
      fixed_rate = 0.05
    }
  }
  nullable = false

  validation {
    condition     = alltrue([for r in values(var.sampling_rules) : r.fixed_rate >= 0 && r.fixed_rate <= 1])
    error_message = "fixed_rate must be between 0 and 1."
  }
}

variable "groups" {
  type        = map(string)
  description = "X-Ray groups keyed by name, each with a filter expression, for example { payments = \"service(\\\"payments-api\\\")\" }."
  default     = {}
  nullable    = false
}

variable "enable_insights" {
  type        = bool
  description = "Enable X-Ray Insights anomaly detection on the groups."
  default     = true
}

variable "insights_notifications" {
  type        = bool
  description = "Publish Insights events to EventBridge so they can page on-call."
  default     = false
}

variable "kms_key_arn" {
  type        = string
  description = "KMS key encrypting trace data. Null uses X-Ray's default encryption. Account-wide setting."
  default     = null
}

variable "tags" {
  type        = map(string)
  description = "Tags added to sampling rules and groups."
  default     = {}
  nullable    = false
}
