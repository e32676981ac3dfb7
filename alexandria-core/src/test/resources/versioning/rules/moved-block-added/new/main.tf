resource "aws_vpc" "this" {
  cidr_block = var.cidr
}

moved {
  from = aws_vpc.main
  to   = aws_vpc.this
}
