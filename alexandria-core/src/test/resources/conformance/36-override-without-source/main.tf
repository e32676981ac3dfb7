module "vpc" {
  source  = "registry.example.com/net/vpc/aws"
  version = "1.0.0"
  name    = "main"
}

resource "aws_vpc" "this" {
  cidr_block = "10.0.0.0/16"
}

output "vpc_id" {
  value = aws_vpc.this.id
}
