resource "aws_ecs_service" "this" {
}

resource "aws_ecs_task_definition" "this" {
}

resource "aws_iam_role" "this" {
}
