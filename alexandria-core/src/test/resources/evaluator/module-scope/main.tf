locals {
  prefix       = "${var.name}-${terraform.workspace}"
  public_cidrs = [for k, s in var.subnets : s.cidr if s.public]
  zone_count   = length(var.zones)
  total        = var.instance_count * local.zone_count
  common_tags  = merge(var.tags, { Name = local.prefix })
}

resource "aws_instance" "web" {
  count         = local.total
  instance_type = var.size
  tags          = merge(local.common_tags, { Index = count.index })
}

resource "aws_subnet" "this" {
  for_each   = var.subnets
  cidr_block = each.value.cidr
}
