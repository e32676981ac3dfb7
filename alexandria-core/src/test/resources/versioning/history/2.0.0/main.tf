resource "aws_vpc" "this" {
  cidr_block = var.ipv4_cidr
  tags       = merge(var.tags, { Name = var.name })
}
