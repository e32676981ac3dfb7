resource "aws_nat_gateway" {
  subnet_id = "subnet-1"
}

resource "aws_eip" "nat" {
  domain = "vpc"
}
