resource "aws_subnet" "private" {
  count      = var.create ? 1 : 0
  vpc_id     = var.vpc_id
  cidr_block = var.cidr
}
