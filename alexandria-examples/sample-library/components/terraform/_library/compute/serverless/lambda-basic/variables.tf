variable "function_name" {
  type        = string
  description = "Name of the Lambda function."

  validation {
    condition     = can(regex("^[A-Za-z0-9_-]{1,64}$", var.function_name))
    error_message = "function_name must be 1-64 characters of letters, digits, hyphens and underscores."
  }
}

variable "description" {
  type        = string
  description = "Description of the function."
  default     = ""
}

variable "runtime" {
  type        = string
  description = "Lambda runtime identifier."
  default     = "python3.12"

  validation {
    condition     = contains(["python3.11", "python3.12", "python3.13", "nodejs20.x", "nodejs22.x", "java21", "provided.al2023"], var.runtime)
    error_message = "runtime must be a currently supported runtime: python3.11-3.13, nodejs20.x, nodejs22.x, java21 or provided.al2023."
  }
}

variable "handler" {
  type        = string
  description = "Function entry point, for example app.handler."
  default     = "app.handler"
}

variable "source_dir" {
  type        = string
  description = "Local directory zipped into the deployment package."
}

variable "memory_size" {
  type        = number
  description = "Memory in MB (128-10240); CPU scales with it."
  default     = 256
}

variable "timeout" {
  type        = number
  description = "Timeout in seconds (1-900)."
  default     = 30

  validation {
    condition     = var.timeout >= 1 && var.timeout <= 900
    error_message = "timeout must be between 1 and 900 seconds."
  }
}

variable "environment_variables" {
  type        = map(string)
  description = "Environment variables of the function. Do not put secrets here; read them from Secrets Manager at runtime."
  default     = {}
  nullable    = false
}

variable "log_retention_days" {
  type        = number
  description = "Retention of the function's log group in days."
  default     = 14
}

variable "tags" {
  type        = map(string)
  description = "Tags added to every resource."
  default     = {}
  nullable    = false
}
