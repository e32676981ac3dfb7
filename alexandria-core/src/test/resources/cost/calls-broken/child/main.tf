resource "aws_nat_gateway" "this" {
  subnet_id = "subnet-1"
