resource "aws_security_group" "this" {
}

output "arn" {
  description = "The created Security Group ARN"
  value       = aws_security_group.this.arn
}
