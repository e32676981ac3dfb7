resource "aws_vpc" "this" {
  cidr_block = var.cidr_block

  tags = {
    Name = var.name
  }
}

resource "tls_private_key" "this" {
  algorithm = "ED25519"
}
