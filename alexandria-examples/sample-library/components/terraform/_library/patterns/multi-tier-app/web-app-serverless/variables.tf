variable "name" {
  type        = string
  description = "Name of the application; prefix of every resource in the stack."
}

variable "environment" {
  type        = string
  description = "Environment name: dev, staging or prod."
  default     = "dev"

  validation {
    condition     = contains(["dev", "staging", "prod"], var.environment)
    error_message = "environment must be dev, staging or prod."
  }
}

variable "source_dir" {
  type        = string
  description = "Directory with the API handler code, zipped into the Lambda package."
}

variable "runtime" {
  type        = string
  description = "Lambda runtime of the API handler."
  default     = "python3.12"
}

variable "handler" {
  type        = string
  description = "Entry point of the API handler."
  default     = "app.handler"
}

variable "memory_size" {
  type        = number
  description = "Memory of the API handler in MB."
  default     = 512
}

variable "timeout" {
  type        = number
  description = "Timeout of the API handler in seconds (API Gateway stops waiting after 29)."
  default     = 10

  validation {
    condition     = var.timeout <= 29
    error_message = "timeout must not exceed the 29-second API Gateway integration limit."
  }
}

variable "table_hash_key" {
  type        = string
  description = "Partition key of the application table."
  default     = "pk"
}

variable "table_range_key" {
  type        = string
  description = "Sort key of the application table (single-table design)."
  default     = "sk"
}

variable "enable_auth" {
  type        = bool
  description = "Protect the API with a Cognito user pool and create a web client."
  default     = true
}

variable "callback_urls" {
  type        = list(string)
  description = "OAuth callback URLs of the web client, for example [\"https://app.example.com/callback\"]."
  default     = ["http://localhost:3000/callback"]
}

variable "throttling_rate_limit" {
  type        = number
  description = "Steady-state request limit per second of the API stage."
  default     = 200
}

variable "throttling_burst_limit" {
  type        = number
  description = "Burst request limit of the API stage."
  default     = 100
}

variable "app_environment" {
  type        = map(string)
  description = "Extra environment variables of the API handler."
  default     = {}
  nullable    = false
}

variable "tags" {
  type        = map(string)
  description = "Tags added to every resource of the stack."
  default     = {}
  nullable    = false
}
