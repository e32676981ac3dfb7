resource "aws_vpc" "this" {
  cidr_block = var.cidrBlock

  tags = {
    Name = var.name
  }
}
