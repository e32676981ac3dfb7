resource "aws_vpc" "main" {
  cidr_block = var.cidr
}

moved {
  from = aws_vpc.this
  to   = aws_vpc.main
}
