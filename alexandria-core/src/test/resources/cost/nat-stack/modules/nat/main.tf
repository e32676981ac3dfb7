variable "nat_count" {
  type = number
}

resource "aws_eip" "nat" {
  count  = var.nat_count
  domain = "vpc"
}

resource "aws_nat_gateway" "this" {
  count         = var.nat_count
  allocation_id = aws_eip.nat[count.index].id
  subnet_id     = "subnet-1"
}
