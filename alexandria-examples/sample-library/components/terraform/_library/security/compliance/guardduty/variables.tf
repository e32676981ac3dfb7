variable "finding_publishing_frequency" {
  type        = string
  description = "How often updated findings are exported: FIFTEEN_MINUTES, ONE_HOUR or SIX_HOURS."
  default     = "FIFTEEN_MINUTES"

  validation {
    condition     = contains(["FIFTEEN_MINUTES", "ONE_HOUR", "SIX_HOURS"], var.finding_publishing_frequency)
    error_message = "finding_publishing_frequency must be FIFTEEN_MINUTES, ONE_HOUR or SIX_HOURS."
  }
}

variable "enable_s3_protection" {
  type        = bool
  description = "Analyse S3 data events for suspicious access."
  default     = true
}

variable "enable_eks_protection" {
  type        = bool
  description = "Analyse EKS audit logs."
  default     = true
}

variable "enable_runtime_monitoring" {
  type        = bool
  description = "Runtime monitoring of EKS, ECS Fargate and EC2 workloads with the managed agent (billed per vCPU)."
  default     = false
}

variable "enable_malware_protection" {
  type        = bool
  description = "Scan EBS volumes of instances and containers with suspicious findings."
  default     = true
}

variable "enable_rds_protection" {
  type        = bool
  description = "Analyse Aurora login activity."
  default     = true
}

variable "enable_lambda_protection" {
  type        = bool
  description = "Analyse Lambda network activity."
  default     = true
}

variable "alert_topic_arn" {
  type        = string
  description = "SNS topic receiving findings at or above alert_min_severity. Null disables alerting."
  default     = null
}

variable "alert_min_severity" {
  type        = number
  description = "Lowest severity that is forwarded to alert_topic_arn (4 = medium, 7 = high)."
  default     = 7

  validation {
    condition     = var.alert_min_severity >= 1 && var.alert_min_severity <= 8.9
    error_message = "alert_min_severity must be between 1 and 8.9."
  }
}

variable "tags" {
  type        = map(string)
  description = "Tags added to the detector and the alert rule."
  default     = {}
  nullable    = false
}
