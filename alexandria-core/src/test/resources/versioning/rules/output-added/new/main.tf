output "id" {
  value       = aws_vpc.this.id
  description = "VPC id."
}

output "arn" {
  value = aws_vpc.this.arn
}
