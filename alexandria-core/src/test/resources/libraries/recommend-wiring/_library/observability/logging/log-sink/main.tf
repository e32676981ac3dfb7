resource "aws_cloudwatch_log_group" "this" {
  name = "central"
}

output "log_group_name" {
  value = aws_cloudwatch_log_group.this.name
}
