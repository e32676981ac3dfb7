variable "ecs_vpc_id" {
  type        = string
  description = "The network the services run in."
}

variable "cluster_arn" {
  type        = string
  description = "ARN of an existing ECS cluster. Null creates a cluster for the services."
  default     = null
}

variable "log_group_arn" {
  type        = string
  description = "ARN of the CloudWatch log group the services write to. Null writes no logs."
  default     = null
}

resource "aws_ecs_cluster" "this" {
  count = var.cluster_arn == null ? 1 : 0
  name  = "app"
}

resource "aws_ecs_service" "this" {
  name = "app"
}

output "service_name" {
  value = aws_ecs_service.this.name
}
