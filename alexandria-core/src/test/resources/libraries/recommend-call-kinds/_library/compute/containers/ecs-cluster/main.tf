resource "aws_ecs_cluster" "this" {
}

resource "aws_autoscaling_group" "this" {
}
