variable "name" {
  type        = string
  description = "Name of the service; also used for the task family, log group and roles."
}

variable "cluster_arn" {
  type        = string
  description = "ARN of an existing ECS cluster. Null creates a dedicated cluster named after the service."
  default     = null
}

variable "enable_container_insights" {
  type        = bool
  description = "Enable Container Insights on the cluster the module creates."
  default     = true
}

variable "container_image" {
  type        = string
  description = "Container image including tag or digest, for example 123456789012.dkr.ecr.eu-west-1.amazonaws.com/payments-api:1.8.2."
}

variable "container_port" {
  type        = number
  description = "Port the container listens on."
  default     = 8080
}

variable "cpu" {
  type        = number
  description = "Task CPU units (256, 512, 1024, 2048, 4096, 8192 or 16384)."
  default     = 512

  validation {
    condition     = contains([256, 512, 1024, 2048, 4096, 8192, 16384], var.cpu)
    error_message = "cpu must be a Fargate task size: 256, 512, 1024, 2048, 4096, 8192 or 16384."
  }
}

variable "memory" {
  type        = number
  description = "Task memory in MiB; must be valid for the chosen cpu."
  default     = 1024
}

variable "cpu_architecture" {
  type        = string
  description = "CPU architecture of the task: X86_64 or ARM64 (Graviton, about 20% cheaper)."
  default     = "ARM64"

  validation {
    condition     = contains(["X86_64", "ARM64"], var.cpu_architecture)
    error_message = "cpu_architecture must be X86_64 or ARM64."
  }
}

variable "desired_count" {
  type        = number
  description = "Number of tasks to run when autoscaling is off; the initial count otherwise."
  default     = 2
}

variable "environment" {
  type        = map(string)
  description = "Plain environment variables of the container."
  default     = {}
  nullable    = false
}

variable "secrets" {
  type        = map(string)
  description = "Environment variables read from Secrets Manager or SSM Parameter Store, as name => secret or parameter ARN."
  default     = {}
  nullable    = false
}

variable "subnet_ids" {
  type        = list(string)
  description = "Subnets the tasks run in (normally the private subnets)."
}

variable "security_group_ids" {
  type        = list(string)
  description = "Security groups attached to the task ENIs."
}

variable "assign_public_ip" {
  type        = bool
  description = "Give tasks public IP addresses (only for public subnets without NAT)."
  default     = false
}

variable "target_group_arn" {
  type        = string
  description = "ALB/NLB target group to register tasks with. Null runs the service without a load balancer."
  default     = null
}

variable "health_check_grace_period_seconds" {
  type        = number
  description = "Seconds the scheduler ignores load balancer health checks after a task starts."
  default     = 60
}

variable "enable_execute_command" {
  type        = bool
  description = "Allow ECS Exec into running containers (audited through CloudTrail)."
  default     = false
}

variable "task_role_policy_arns" {
  type        = list(string)
  description = "Managed policies attached to the task role (the application's own AWS permissions)."
  default     = []
  nullable    = false
}

variable "log_retention_days" {
  type        = number
  description = "Retention of the container log group in days."
  default     = 30
}

variable "autoscaling" {
  type = object({
    min_capacity       = optional(number, 2)
    max_capacity       = optional(number, 10)
    cpu_target         = optional(number, 60)
    memory_target      = optional(number)
    scale_in_cooldown  = optional(number, 300)
    scale_out_cooldown = optional(number, 60)
  })
  description = "Target-tracking autoscaling of the service. Null keeps desired_count fixed."
  default     = null
}

variable "deployment_circuit_breaker" {
  type        = bool
  description = "Stop and roll back deployments whose tasks fail to become healthy."
  default     = true
}

variable "tags" {
  type        = map(string)
  description = "Tags added to every resource."
  default     = {}
  nullable    = false
}
