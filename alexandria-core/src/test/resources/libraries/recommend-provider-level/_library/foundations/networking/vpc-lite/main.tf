resource "aws_vpc" "this" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_subnet" "this" {
  vpc_id     = aws_vpc.this.id
  cidr_block = "10.0.1.0/24"
}

output "subnet_ids" {
  description = "The IDs of the subnets."
  value       = [aws_subnet.this.id]
}
