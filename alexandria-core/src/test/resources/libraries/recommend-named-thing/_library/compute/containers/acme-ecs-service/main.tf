resource "aws_ecs_task_definition" "this" {
  family = "app"
}

resource "aws_ecs_service" "this" {
  name            = "app"
  task_definition = aws_ecs_task_definition.this.arn
}

output "service_name" {
  value = aws_ecs_service.this.name
}
