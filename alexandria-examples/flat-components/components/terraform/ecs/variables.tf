variable "name" {
  type        = string
  description = "Name of the cluster, service and task family."
}

variable "region" {
  type        = string
  description = "AWS region, used by the awslogs log driver."
}

variable "vpc_id" {
  type        = string
  description = "ID of the VPC the service runs in."
}

variable "subnet_ids" {
  type        = list(string)
  description = "Private subnets of the service's tasks."
}

variable "image" {
  type        = string
  description = "Container image of the service, for example 123456789012.dkr.ecr.eu-west-1.amazonaws.com/app:1.2.3."
}

variable "container_port" {
  type        = number
  description = "Port the container listens on."
  default     = 8080
}

variable "cpu" {
  type        = number
  description = "Fargate task CPU, in CPU units (1024 = 1 vCPU)."
  default     = 512
}

variable "memory" {
  type        = number
  description = "Fargate task memory, in MiB."
  default     = 1024
}

variable "desired_count" {
  type        = number
  description = "Number of tasks the service keeps running."
  default     = 2
}

variable "target_group_arn" {
  type        = string
  description = "ARN of the load balancer target group the service registers with."
}

variable "load_balancer_security_group_id" {
  type        = string
  description = "Security group of the load balancer, allowed to reach the container port."
}

variable "tags" {
  type        = map(string)
  description = "Tags added to every resource of the module."
  default     = {}
}
