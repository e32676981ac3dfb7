resource "aws_ecs_service" "main0" {
  name = "container-service"
}

resource "aws_ecs_task_definition" "main1" {
  name = "container-service"
}

output "arn" {
  description = "ARN of the ECS service."
  value       = aws_ecs_service.main0.arn
}
