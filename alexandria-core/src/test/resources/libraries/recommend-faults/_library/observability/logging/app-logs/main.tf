resource "aws_cloudwatch_log_group" "main" {
  name              = "app"
  retention_in_days = 30
}

output "log_group" {
  description = "Log group resource output."
  value       = aws_cloudwatch_log_group.main
}
