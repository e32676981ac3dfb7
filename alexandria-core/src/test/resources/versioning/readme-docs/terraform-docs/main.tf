data "aws_availability_zones" "available" {}

module "labels" {
  source  = "cloudposse/label/null"
  version = "0.25.0"

  name = var.name
}

resource "aws_vpc" "this" {
  cidr_block = "10.0.0.0/16"

  tags = {
    Name        = module.labels.id
    Environment = var.environment
    FlowLogs    = var.flow_logs.enabled
  }
}

resource "aws_subnet" "this" {
  count             = length(var.subnet_cidrs)
  vpc_id            = aws_vpc.this.id
  cidr_block        = var.subnet_cidrs[count.index]
  availability_zone = data.aws_availability_zones.available.names[count.index]
}
