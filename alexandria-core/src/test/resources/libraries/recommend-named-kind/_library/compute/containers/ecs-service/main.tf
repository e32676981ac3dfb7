variable "cluster_arn" {
  type        = string
  description = "The ECS cluster the service runs in."
}

resource "aws_ecs_task_definition" "this" {
  family                = "app"
  container_definitions = "[]"
}

resource "aws_ecs_service" "this" {
  name            = "app"
  cluster         = var.cluster_arn
  task_definition = aws_ecs_task_definition.this.arn
}

output "service_name" {
  value = aws_ecs_service.this.name
}
