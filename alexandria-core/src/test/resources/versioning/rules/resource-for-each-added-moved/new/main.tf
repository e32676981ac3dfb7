resource "aws_subnet" "private" {
  for_each   = var.subnets
  vpc_id     = var.vpc_id
  cidr_block = each.value
}

moved {
  from = aws_subnet.private
  to   = aws_subnet.private["a"]
}
