resource "aws_ecs_cluster" "this" {
}

resource "aws_iam_role" "this" {
}
