variable "account_id" {
  type        = string
  description = "ID of the AWS account Inspector is enabled in."
}

variable "finding_publishing_frequency" {
  type        = string
  description = "How often GuardDuty publishes updated findings: FIFTEEN_MINUTES, ONE_HOUR or SIX_HOURS."
  default     = "FIFTEEN_MINUTES"
}

variable "guardduty_features" {
  type        = list(string)
  description = "GuardDuty protection features to enable, for example S3_DATA_EVENTS and EKS_AUDIT_LOGS."
  default     = ["S3_DATA_EVENTS", "EKS_AUDIT_LOGS", "RUNTIME_MONITORING"]
}

variable "securityhub_standard_arns" {
  type        = list(string)
  description = "ARNs of the Security Hub standards to subscribe to."
  default     = []
}

variable "inspector_resource_types" {
  type        = list(string)
  description = "Resource types Inspector scans: EC2, ECR and LAMBDA."
  default     = ["EC2", "ECR", "LAMBDA"]
}

variable "alert_topic_arn" {
  type        = string
  description = "ARN of the SNS topic that receives high and critical findings."
}

variable "tags" {
  type        = map(string)
  description = "Tags added to every resource of the module."
  default     = {}
}
