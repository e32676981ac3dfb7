resource "aws_vpc" "this" {
  cidr_block = "10.0.0.0/16"
}

output "id" {
  description = "The ID of the VPC."
  value       = aws_vpc.this.id
}
