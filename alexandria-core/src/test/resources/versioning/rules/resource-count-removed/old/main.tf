resource "aws_subnet" "private" {
  count      = 1
  vpc_id     = var.vpc_id
  cidr_block = var.cidr
}
