variable "name" {
  type        = string
  description = "Name of the state machine."
}

variable "type" {
  type        = string
  description = "STANDARD for long-running, exactly-once workflows; EXPRESS for high-volume, short event processing."
  default     = "STANDARD"

  validation {
    condition     = contains(["STANDARD", "EXPRESS"], var.type)
    error_message = "type must be STANDARD or EXPRESS."
  }
}

variable "definition" {
  type        = string
  description = "Amazon States Language definition (JSON), usually rendered with templatefile()."
}

variable "lambda_function_arns" {
  type        = list(string)
  description = "Lambda functions the state machine may invoke."
  default     = []
  nullable    = false
}

variable "additional_policy_json" {
  type        = string
  description = "Extra IAM policy document for other service integrations (SQS, DynamoDB, ECS ...)."
  default     = null
}

variable "log_level" {
  type        = string
  description = "Execution history logging: OFF, ERROR, FATAL or ALL."
  default     = "ERROR"

  validation {
    condition     = contains(["OFF", "ERROR", "FATAL", "ALL"], var.log_level)
    error_message = "log_level must be OFF, ERROR, FATAL or ALL."
  }
}

variable "include_execution_data" {
  type        = bool
  description = "Include input and output of states in logs. Leave off when payloads carry personal data."
  default     = false
}

variable "log_retention_days" {
  type        = number
  description = "Retention of the execution log group in days."
  default     = 30
}

variable "enable_xray_tracing" {
  type        = bool
  description = "Trace executions with AWS X-Ray."
  default     = true
}

variable "tags" {
  type        = map(string)
  description = "Tags added to every resource."
  default     = {}
  nullable    = false
}
