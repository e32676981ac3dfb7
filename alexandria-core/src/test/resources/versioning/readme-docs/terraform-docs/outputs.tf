output "subnet_ids" {
  description = "IDs of the subnets."
  value       = aws_subnet.this[*].id
}

output "vpc_id" {
  description = "The VPC's id."
  value       = aws_vpc.this.id
}
