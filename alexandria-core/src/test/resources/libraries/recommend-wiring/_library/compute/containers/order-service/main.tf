variable "vpc_id" {
  type        = string
  description = "The VPC to run in."
}

variable "log_group_name" {
  type        = string
  description = "Optional log group; an optional input brings a module of a category not covered yet."
  default     = null
}

resource "aws_ecs_service" "this" {
  name = "orders"
}
