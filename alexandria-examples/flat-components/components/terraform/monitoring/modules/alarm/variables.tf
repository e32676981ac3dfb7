variable "name" {
  type        = string
  description = "Name of the alarm."
}

variable "namespace" {
  type        = string
  description = "CloudWatch namespace of the metric, for example AWS/EC2."
}

variable "metric_name" {
  type        = string
  description = "Name of the metric, for example CPUUtilization."
}

variable "dimensions" {
  type        = map(string)
  description = "Dimensions of the metric."
  default     = {}
}

variable "statistic" {
  type        = string
  description = "Statistic compared with the threshold."
  default     = "Average"
}

variable "period_seconds" {
  type        = number
  description = "Length of one evaluation period, in seconds."
  default     = 300
}

variable "evaluation_periods" {
  type        = number
  description = "Number of periods compared with the threshold."
  default     = 2
}

variable "threshold" {
  type        = number
  description = "Value the statistic is compared with."
}

variable "comparison_operator" {
  type        = string
  description = "How the statistic is compared with the threshold."
  default     = "GreaterThanThreshold"
}

variable "alarm_topic_arn" {
  type        = string
  description = "ARN of the SNS topic notified when the alarm changes state."
}

variable "tags" {
  type        = map(string)
  description = "Tags added to the alarm."
  default     = {}
}
