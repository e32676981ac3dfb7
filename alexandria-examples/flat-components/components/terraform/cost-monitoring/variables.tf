variable "name" {
  type        = string
  description = "Name prefix of the budget and the anomaly monitor."
}

variable "monthly_budget_usd" {
  type        = number
  description = "Monthly cost budget, in USD."
}

variable "alert_thresholds_percent" {
  type        = list(number)
  description = "Forecast percentages of the budget that send an alert."
  default     = [80, 100]
}

variable "anomaly_threshold_usd" {
  type        = number
  description = "Total impact of a cost anomaly that sends an alert, in USD."
  default     = 100
}

variable "alert_emails" {
  type        = list(string)
  description = "E-mail addresses that receive budget and anomaly alerts (at least one)."

  validation {
    condition     = length(var.alert_emails) > 0
    error_message = "alert_emails needs at least one address."
  }
}

variable "tags" {
  type        = map(string)
  description = "Tags added to every resource of the module."
  default     = {}
}
