output "id" {
  value       = aws_vpc.this.id
  description = "The id of the VPC."
}
