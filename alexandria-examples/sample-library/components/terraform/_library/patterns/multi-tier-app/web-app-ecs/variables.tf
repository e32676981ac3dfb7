variable "name" {
  type        = string
  description = "Name of the application; prefix of every resource in the stack."

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{1,24}$", var.name))
    error_message = "name must be 2-25 lower-case letters, digits or hyphens so derived names stay within AWS limits."
  }
}

variable "environment" {
  type        = string
  description = "Environment name: dev, staging or prod. prod turns on multi-AZ NAT and database."
  default     = "dev"

  validation {
    condition     = contains(["dev", "staging", "prod"], var.environment)
    error_message = "environment must be dev, staging or prod."
  }
}

variable "vpc_cidr" {
  type        = string
  description = "CIDR block of the application VPC."
  default     = "10.40.0.0/16"
}

variable "azs" {
  type        = list(string)
  description = "Availability zones of the stack (two or three)."
}

variable "container_image" {
  type        = string
  description = "Application image including tag or digest."
}

variable "container_port" {
  type        = number
  description = "Port the application listens on."
  default     = 8080
}

variable "health_check_path" {
  type        = string
  description = "Path the load balancer polls for health."
  default     = "/healthz"
}

variable "cpu" {
  type        = number
  description = "Fargate task CPU units."
  default     = 512
}

variable "memory" {
  type        = number
  description = "Fargate task memory in MiB."
  default     = 1024
}

variable "min_tasks" {
  type        = number
  description = "Minimum number of running tasks."
  default     = 2
}

variable "max_tasks" {
  type        = number
  description = "Maximum number of running tasks."
  default     = 10
}

variable "app_environment" {
  type        = map(string)
  description = "Extra plain environment variables of the application container."
  default     = {}
  nullable    = false
}

variable "certificate_arn" {
  type        = string
  description = "ACM certificate of the HTTPS listener."
}

variable "db_instance_class" {
  type        = string
  description = "Instance class of the PostgreSQL database."
  default     = "db.t4g.medium"
}

variable "db_allocated_storage" {
  type        = number
  description = "Initial database storage in GiB."
  default     = 50
}

variable "enable_waf" {
  type        = bool
  description = "Put the AWS managed WAF rule groups and a per-IP rate limit in front of the load balancer."
  default     = true
}

variable "log_retention_days" {
  type        = number
  description = "Retention of application logs in days."
  default     = 30
}

variable "tags" {
  type        = map(string)
  description = "Tags added to every resource of the stack."
  default     = {}
  nullable    = false
}
