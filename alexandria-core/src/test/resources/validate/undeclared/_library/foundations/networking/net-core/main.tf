locals {
  prefix = var.name
}

resource "aws_vpc" "this" {
  cidr_block = var.cidr_blok

  tags = {
    Name   = "${local.prefix}-${local.suffix}"
    Parent = module.parent.id
  }
}
