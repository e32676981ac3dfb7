resource "aws_ssm_parameter" "main0" {
  name = "param-store"
}

output "arn" {
  description = "ARN of the SSM parameters."
  value       = aws_ssm_parameter.main0.arn
}
