resource "aws_launch_template" "this" {
  name = "app"
}

resource "aws_autoscaling_group" "this" {
  max_size = 3
  min_size = 1
}

output "autoscaling_group_name" {
  value = aws_autoscaling_group.this.name
}
