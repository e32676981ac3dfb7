variable "name" {
  type        = string
  description = "Name prefix of every resource of the stack."
}

variable "region" {
  type        = string
  description = "AWS region of the stack."
}

variable "monthly_budget_usd" {
  type        = number
  description = "Monthly cost budget, in USD."
}

variable "anomaly_threshold_usd" {
  type        = number
  description = "Total impact of a cost anomaly that sends an alert, in USD."
  default     = 100
}

variable "alert_emails" {
  type        = list(string)
  description = "E-mail addresses that receive cost and scheduler alerts."
}

variable "scheduler_package_path" {
  type        = string
  description = "Path of the deployment package (.zip) of the off-hours scheduler function."
}

variable "schedule_tag_key" {
  type        = string
  description = "Tag key whose resources the scheduler stops outside office hours."
  default     = "schedule"
}

variable "tags" {
  type        = map(string)
  description = "Tags added to every resource of the stack."
  default     = {}
}
