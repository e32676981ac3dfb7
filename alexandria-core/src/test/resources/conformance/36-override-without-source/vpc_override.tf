module "vpc" {
  name    = "overridden"
  version = "1.1.0"
}

resource "aws_vpc" "this" {
  provider = aws.secondary
}

output "vpc_id" {
  sensitive = true
}
