resource "aws_vpc" "this" {
  cidr_block = var.cidr_block

  tags = {
    Name = var.name
  }
}

resource "tls_private_key" "this" {
  algorithm = "ED25519"
}

# Terraform's built-in provider is never declared in required_providers.
resource "terraform_data" "marker" {
  input = var.name
}
