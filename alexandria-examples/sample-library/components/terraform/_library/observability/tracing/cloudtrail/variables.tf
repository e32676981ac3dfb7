variable "name" {
  type        = string
  description = "Name of the trail."
}

variable "s3_bucket_name" {
  type        = string
  description = "Bucket receiving log files. Null creates <name>-cloudtrail-<account id> with the required bucket policy."
  default     = null
}

variable "s3_key_prefix" {
  type        = string
  description = "Key prefix of the log files."
  default     = null
}

variable "log_bucket_retention_days" {
  type        = number
  description = "Days log files are kept in the bucket the module creates. 0 keeps them forever."
  default     = 365
}

variable "is_multi_region_trail" {
  type        = bool
  description = "Record events from every region."
  default     = true
}

variable "is_organization_trail" {
  type        = bool
  description = "Record events of every account in the organization (management or delegated admin account only)."
  default     = false
}

variable "include_global_service_events" {
  type        = bool
  description = "Record events of global services such as IAM."
  default     = true
}

variable "enable_log_file_validation" {
  type        = bool
  description = "Write digest files to prove log files were not altered."
  default     = true
}

variable "kms_key_arn" {
  type        = string
  description = "KMS key encrypting log files. The key policy must allow cloudtrail.amazonaws.com."
  default     = null
}

variable "cloudwatch_logs_enabled" {
  type        = bool
  description = "Also deliver events to a CloudWatch Logs group for metric filters and alarms."
  default     = true
}

variable "cloudwatch_log_retention_days" {
  type        = number
  description = "Retention of the CloudWatch Logs copy in days."
  default     = 90
}

variable "s3_data_event_bucket_arns" {
  type        = list(string)
  description = "Buckets whose object-level (data) events are recorded. Data events are billed per 100,000 events."
  default     = []
  nullable    = false
}

variable "log_all_lambda_invocations" {
  type        = bool
  description = "Record Lambda Invoke data events for every function."
  default     = false
}

variable "insight_types" {
  type        = list(string)
  description = "CloudTrail Insights to enable: ApiCallRateInsight and/or ApiErrorRateInsight."
  default     = []
  nullable    = false

  validation {
    condition     = alltrue([for t in var.insight_types : contains(["ApiCallRateInsight", "ApiErrorRateInsight"], t)])
    error_message = "insight_types may contain ApiCallRateInsight and ApiErrorRateInsight."
  }
}

variable "tags" {
  type        = map(string)
  description = "Tags added to every resource."
  default     = {}
  nullable    = false
}
