resource "aws_vpc" "main" {
  cidr_block           = "10.20.0.0/16"
  enable_dns_hostnames = true
}

resource "aws_subnet" "app" {
  count      = 3
  vpc_id     = aws_vpc.main.id
  cidr_block = cidrsubnet(aws_vpc.main.cidr_block, 4, count.index)
}

resource "aws_eip" "nat" {
  count  = 3
  domain = "vpc"
}

output "app_subnet_ids" {
  description = "The IDs of the application subnets, one per availability zone."
  value       = aws_subnet.app[*].id
}
