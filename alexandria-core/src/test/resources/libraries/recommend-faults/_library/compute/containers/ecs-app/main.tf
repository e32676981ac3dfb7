variable "ecs_vpc_id" {
  type        = string
  description = "The network the services run in."
}

resource "aws_ecs_service" "this" {
  name = "app"
}

output "service_name" {
  value = aws_ecs_service.this.name
}
