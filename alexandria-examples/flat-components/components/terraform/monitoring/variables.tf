variable "name" {
  type        = string
  description = "Name of the dashboard and prefix of the alarms and the alert topic."
}

variable "region" {
  type        = string
  description = "AWS region shown by the dashboard's widgets."
}

variable "alert_emails" {
  type        = list(string)
  description = "E-mail addresses subscribed to the alert topic."
  default     = []
}

variable "alarms" {
  type = map(object({
    namespace           = string
    metric_name         = string
    dimensions          = optional(map(string), {})
    threshold           = number
    comparison_operator = optional(string, "GreaterThanThreshold")
  }))
  description = "CloudWatch metric alarms keyed by name."
  default     = {}
}

variable "tags" {
  type        = map(string)
  description = "Tags added to every resource of the module."
  default     = {}
}
