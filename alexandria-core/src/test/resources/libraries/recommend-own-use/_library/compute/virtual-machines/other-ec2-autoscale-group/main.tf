resource "aws_launch_template" "this" {
  name = "servers"
}

resource "aws_autoscaling_group" "this" {
  max_size = 2
  min_size = 1
}

output "autoscaling_group_id" {
  value = aws_autoscaling_group.this.id
}
