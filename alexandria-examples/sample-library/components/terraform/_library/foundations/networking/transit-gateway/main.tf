locals {
  custom_tables = length(var.route_tables) > 0

  propagations = merge([
    for att_name, att in var.vpc_attachments : {
      for table in att.propagate_to : "${att_name}:${table}" => {
        attachment = att_name
        table      = table
      }
    }
  ]...)

  common_tags = merge(var.tags, {
    "managed-by" = "terraform"
    "module"     = "transit-gateway"
  })
}

resource "aws_ec2_transit_gateway" "this" {
  description                     = var.description
  amazon_side_asn                 = var.amazon_side_asn
  auto_accept_shared_attachments  = var.auto_accept_shared_attachments ? "enable" : "disable"
  default_route_table_association = local.custom_tables ? "disable" : "enable"
  default_route_table_propagation = local.custom_tables ? "disable" : "enable"
  dns_support                     = var.enable_dns_support ? "enable" : "disable"
  multicast_support               = var.enable_multicast ? "enable" : "disable"
  transit_gateway_cidr_blocks     = var.transit_gateway_cidr_blocks

  tags = merge(local.common_tags, { Name = var.name })
}

resource "aws_ec2_transit_gateway_route_table" "this" {
  for_each = var.route_tables

  transit_gateway_id = aws_ec2_transit_gateway.this.id

  tags = merge(local.common_tags, { Name = "${var.name}-${each.key}" })
}

resource "aws_ec2_transit_gateway_vpc_attachment" "this" {
  for_each = var.vpc_attachments

  transit_gateway_id                              = aws_ec2_transit_gateway.this.id
  vpc_id                                          = each.value.vpc_id
  subnet_ids                                      = each.value.subnet_ids
  appliance_mode_support                          = each.value.appliance_mode ? "enable" : "disable"
  ipv6_support                                    = each.value.ipv6_support ? "enable" : "disable"
  transit_gateway_default_route_table_association = !local.custom_tables
  transit_gateway_default_route_table_propagation = !local.custom_tables

  tags = merge(local.common_tags, { Name = "${var.name}-${each.key}" })
}

resource "aws_ec2_transit_gateway_route_table_association" "this" {
  for_each = { for k, v in var.vpc_attachments : k => v if v.route_table != null }

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment.this[each.key].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.this[each.value.route_table].id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "this" {
  for_each = local.propagations

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment.this[each.value.attachment].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.this[each.value.table].id
}

resource "aws_ram_resource_share" "this" {
  count = length(var.share_with_principals) > 0 ? 1 : 0

  name                      = var.name
  allow_external_principals = var.allow_external_principals

  tags = local.common_tags
}

resource "aws_ram_resource_association" "this" {
  count = length(var.share_with_principals) > 0 ? 1 : 0

  resource_arn       = aws_ec2_transit_gateway.this.arn
  resource_share_arn = aws_ram_resource_share.this[0].arn
}

resource "aws_ram_principal_association" "this" {
  for_each = toset(var.share_with_principals)

  principal          = each.value
  resource_share_arn = aws_ram_resource_share.this[0].arn
}
