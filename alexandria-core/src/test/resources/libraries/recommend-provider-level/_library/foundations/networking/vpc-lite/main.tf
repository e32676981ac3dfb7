resource "aws_vpc" "main" {
  cidr_block = "10.30.0.0/20"
}

resource "aws_subnet" "one" {
  vpc_id     = aws_vpc.main.id
  cidr_block = "10.30.0.0/24"
}

output "subnet_ids" {
  description = "The ID of the one subnet, in a list."
  value       = [aws_subnet.one.id]
}
