variable "function_name" {
  type        = string
  description = "Name of the Lambda function."
}

variable "runtime" {
  type        = string
  description = "Lambda runtime, for example python3.12."
  default     = "python3.12"
}

variable "handler" {
  type        = string
  description = "Entry point of the function, for example app.handler."
}

variable "package_path" {
  type        = string
  description = "Path of the deployment package (.zip)."
}

variable "memory_size_mb" {
  type        = number
  description = "Memory of the function, in MB (128 to 10240)."
  default     = 256
}

variable "timeout_seconds" {
  type        = number
  description = "Timeout of one invocation, in seconds (at most 900)."
  default     = 30
}

variable "environment" {
  type        = map(string)
  description = "Environment variables of the function."
  default     = {}
}

variable "log_retention_days" {
  type        = number
  description = "Retention of the function's log group, in days."
  default     = 30
}

variable "tags" {
  type        = map(string)
  description = "Tags added to every resource of the module."
  default     = {}
}
