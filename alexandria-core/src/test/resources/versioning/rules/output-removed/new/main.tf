output "id" {
  value       = aws_vpc.this.id
  description = "VPC id."
}
