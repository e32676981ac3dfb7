resource "aws_ecs_service" "this" {
}

resource "aws_ecs_task_definition" "this" {
}

output "id" {
  value = "acme-ecs-service"
}
