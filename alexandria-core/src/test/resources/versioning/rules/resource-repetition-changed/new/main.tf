resource "aws_subnet" "private" {
  for_each   = toset(var.cidrs)
  vpc_id     = var.vpc_id
  cidr_block = each.value
}
