output "vpc_id" {
  value       = aws_vpc.this.id
  description = "The VPC id."
}

output "arn" {
  value       = aws_vpc.this.arn
  description = "The VPC ARN."
}
