data "aws_region" "current" {}

locals {
  az_count = length(var.azs)

  nat_count = {
    none   = 0
    single = 1
    per-az = local.az_count
  }[var.nat_gateway_strategy]

  reuse_nat_ips = length(var.external_nat_eip_ids) > 0

  common_tags = merge(var.tags, {
    "managed-by" = "terraform"
    "module"     = "vpc-advanced"
  })
}

# ---------------------------------------------------------------------------
# VPC
# ---------------------------------------------------------------------------

resource "aws_vpc" "this" {
  cidr_block                           = var.ipv4_ipam_pool_id == null ? var.cidr_block : null
  ipv4_ipam_pool_id                    = var.ipv4_ipam_pool_id
  ipv4_netmask_length                  = var.ipv4_ipam_pool_id == null ? null : var.ipv4_netmask_length
  instance_tenancy                     = var.instance_tenancy
  enable_dns_support                   = var.enable_dns_support
  enable_dns_hostnames                 = var.enable_dns_hostnames
  enable_network_address_usage_metrics = var.enable_network_address_usage_metrics
  assign_generated_ipv6_cidr_block     = var.enable_ipv6

  tags = merge(local.common_tags, { Name = var.name })
}

resource "aws_vpc_ipv4_cidr_block_association" "secondary" {
  for_each = toset(var.secondary_cidr_blocks)

  vpc_id     = aws_vpc.this.id
  cidr_block = each.value
}

resource "aws_vpc_dhcp_options" "this" {
  count = var.dhcp_options == null ? 0 : 1

  domain_name          = var.dhcp_options.domain_name
  domain_name_servers  = var.dhcp_options.domain_name_servers
  ntp_servers          = var.dhcp_options.ntp_servers
  netbios_name_servers = var.dhcp_options.netbios_name_servers

  tags = merge(local.common_tags, { Name = var.name })
}

resource "aws_vpc_dhcp_options_association" "this" {
  count = var.dhcp_options == null ? 0 : 1

  vpc_id          = aws_vpc.this.id
  dhcp_options_id = aws_vpc_dhcp_options.this[0].id
}

resource "aws_default_security_group" "this" {
  count = var.manage_default_security_group ? 1 : 0

  vpc_id = aws_vpc.this.id

  tags = merge(local.common_tags, { Name = "${var.name}-default-deny" })
}

# ---------------------------------------------------------------------------
# Subnets
# ---------------------------------------------------------------------------

resource "aws_subnet" "public" {
  count = length(var.public_subnet_cidrs)

  vpc_id                          = aws_vpc.this.id
  cidr_block                      = var.public_subnet_cidrs[count.index]
  availability_zone               = var.azs[count.index % local.az_count]
  map_public_ip_on_launch         = var.map_public_ip_on_launch
  ipv6_cidr_block                 = var.enable_ipv6 ? cidrsubnet(aws_vpc.this.ipv6_cidr_block, 8, count.index) : null
  assign_ipv6_address_on_creation = var.enable_ipv6

  tags = merge(local.common_tags, var.public_subnet_tags, {
    Name = "${var.name}-public-${var.azs[count.index % local.az_count]}"
    Tier = "public"
  })
}

resource "aws_subnet" "private" {
  count = length(var.private_subnet_cidrs)

  vpc_id                          = aws_vpc.this.id
  cidr_block                      = var.private_subnet_cidrs[count.index]
  availability_zone               = var.azs[count.index % local.az_count]
  ipv6_cidr_block                 = var.enable_ipv6 ? cidrsubnet(aws_vpc.this.ipv6_cidr_block, 8, count.index + 16) : null
  assign_ipv6_address_on_creation = var.enable_ipv6

  tags = merge(local.common_tags, var.private_subnet_tags, {
    Name = "${var.name}-private-${var.azs[count.index % local.az_count]}"
    Tier = "private"
  })

  depends_on = [aws_vpc_ipv4_cidr_block_association.secondary]
}

resource "aws_subnet" "database" {
  count = length(var.database_subnet_cidrs)

  vpc_id            = aws_vpc.this.id
  cidr_block        = var.database_subnet_cidrs[count.index]
  availability_zone = var.azs[count.index % local.az_count]

  tags = merge(local.common_tags, var.database_subnet_tags, {
    Name = "${var.name}-database-${var.azs[count.index % local.az_count]}"
    Tier = "database"
  })
}

resource "aws_subnet" "intra" {
  count = length(var.intra_subnet_cidrs)

  vpc_id            = aws_vpc.this.id
  cidr_block        = var.intra_subnet_cidrs[count.index]
  availability_zone = var.azs[count.index % local.az_count]

  tags = merge(local.common_tags, {
    Name = "${var.name}-intra-${var.azs[count.index % local.az_count]}"
    Tier = "intra"
  })
}

resource "aws_db_subnet_group" "database" {
  count = length(var.database_subnet_cidrs) > 0 ? 1 : 0

  name        = "${var.name}-database"
  description = "Database subnets of ${var.name}"
  subnet_ids  = aws_subnet.database[*].id

  tags = local.common_tags
}

# ---------------------------------------------------------------------------
# Routing
# ---------------------------------------------------------------------------

resource "aws_internet_gateway" "this" {
  count = length(var.public_subnet_cidrs) > 0 ? 1 : 0

  vpc_id = aws_vpc.this.id

  tags = merge(local.common_tags, { Name = "${var.name}-igw" })
}

resource "aws_egress_only_internet_gateway" "this" {
  count = var.enable_ipv6 && var.enable_egress_only_igw ? 1 : 0

  vpc_id = aws_vpc.this.id

  tags = merge(local.common_tags, { Name = "${var.name}-eigw" })
}

resource "aws_route_table" "public" {
  count = length(var.public_subnet_cidrs) > 0 ? 1 : 0

  vpc_id = aws_vpc.this.id

  route {
    cidr_block = "0.0.0.0/0"
    gateway_id = aws_internet_gateway.this[0].id
  }

  dynamic "route" {
    for_each = var.enable_ipv6 ? [1] : []
    content {
      ipv6_cidr_block = "::/0"
      gateway_id      = aws_internet_gateway.this[0].id
    }
  }

  tags = merge(local.common_tags, { Name = "${var.name}-public" })
}

resource "aws_route_table_association" "public" {
  count = length(var.public_subnet_cidrs)

  subnet_id      = aws_subnet.public[count.index].id
  route_table_id = aws_route_table.public[0].id
}

resource "aws_eip" "nat" {
  count = local.reuse_nat_ips ? 0 : local.nat_count

  domain = "vpc"

  tags = merge(local.common_tags, { Name = "${var.name}-nat-${var.azs[count.index]}" })

  depends_on = [aws_internet_gateway.this]
}

resource "aws_nat_gateway" "this" {
  count = local.nat_count

  allocation_id = local.reuse_nat_ips ? var.external_nat_eip_ids[count.index] : aws_eip.nat[count.index].id
  subnet_id     = aws_subnet.public[count.index].id

  tags = merge(local.common_tags, { Name = "${var.name}-nat-${var.azs[count.index]}" })
}

resource "aws_route_table" "private" {
  count = local.az_count

  vpc_id = aws_vpc.this.id

  dynamic "route" {
    for_each = local.nat_count > 0 ? [1] : []
    content {
      cidr_block     = "0.0.0.0/0"
      nat_gateway_id = aws_nat_gateway.this[var.nat_gateway_strategy == "single" ? 0 : count.index].id
    }
  }

  dynamic "route" {
    for_each = length(aws_egress_only_internet_gateway.this) > 0 ? [1] : []
    content {
      ipv6_cidr_block        = "::/0"
      egress_only_gateway_id = aws_egress_only_internet_gateway.this[0].id
    }
  }

  dynamic "route" {
    for_each = var.transit_gateway_id == null ? [] : var.transit_gateway_routes
    content {
      cidr_block         = route.value
      transit_gateway_id = var.transit_gateway_id
    }
  }

  tags = merge(local.common_tags, { Name = "${var.name}-private-${var.azs[count.index]}" })

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.this]
}

resource "aws_route_table_association" "private" {
  count = length(var.private_subnet_cidrs)

  subnet_id      = aws_subnet.private[count.index].id
  route_table_id = aws_route_table.private[count.index % local.az_count].id
}

resource "aws_route_table" "isolated" {
  count = length(var.database_subnet_cidrs) + length(var.intra_subnet_cidrs) > 0 ? 1 : 0

  vpc_id = aws_vpc.this.id

  tags = merge(local.common_tags, { Name = "${var.name}-isolated" })
}

resource "aws_route_table_association" "database" {
  count = length(var.database_subnet_cidrs)

  subnet_id      = aws_subnet.database[count.index].id
  route_table_id = aws_route_table.isolated[0].id
}

resource "aws_route_table_association" "intra" {
  count = length(var.intra_subnet_cidrs)

  subnet_id      = aws_subnet.intra[count.index].id
  route_table_id = aws_route_table.isolated[0].id
}

# ---------------------------------------------------------------------------
# Hybrid connectivity
# ---------------------------------------------------------------------------

resource "aws_vpn_gateway" "this" {
  count = var.enable_vpn_gateway ? 1 : 0

  vpc_id          = aws_vpc.this.id
  amazon_side_asn = var.vpn_gateway_asn

  tags = merge(local.common_tags, { Name = "${var.name}-vgw" })
}

resource "aws_vpn_gateway_route_propagation" "private" {
  count = var.enable_vpn_gateway ? local.az_count : 0

  vpn_gateway_id = aws_vpn_gateway.this[0].id
  route_table_id = aws_route_table.private[count.index].id
}

resource "aws_customer_gateway" "this" {
  for_each = var.customer_gateways

  bgp_asn     = each.value.bgp_asn
  ip_address  = each.value.ip_address
  device_name = each.value.device
  type        = "ipsec.1"

  tags = merge(local.common_tags, { Name = "${var.name}-${each.key}" })
}

resource "aws_ec2_transit_gateway_vpc_attachment" "this" {
  count = var.transit_gateway_id == null ? 0 : 1

  transit_gateway_id = var.transit_gateway_id
  vpc_id             = aws_vpc.this.id
  subnet_ids         = length(var.intra_subnet_cidrs) > 0 ? aws_subnet.intra[*].id : aws_subnet.private[*].id
  dns_support        = "enable"
  ipv6_support       = var.enable_ipv6 ? "enable" : "disable"

  tags = merge(local.common_tags, { Name = var.name })
}

# ---------------------------------------------------------------------------
# Endpoints
# ---------------------------------------------------------------------------

resource "aws_vpc_endpoint" "gateway" {
  for_each = var.gateway_endpoints

  vpc_id            = aws_vpc.this.id
  service_name      = "com.amazonaws.${data.aws_region.current.name}.${each.key}"
  vpc_endpoint_type = "Gateway"
  route_table_ids   = aws_route_table.private[*].id

  tags = merge(local.common_tags, { Name = "${var.name}-${each.key}" })
}

resource "aws_security_group" "endpoints" {
  count = length(var.interface_endpoints) > 0 ? 1 : 0

  name_prefix = "${var.name}-endpoints-"
  description = "HTTPS from inside ${var.name} to interface endpoints"
  vpc_id      = aws_vpc.this.id

  ingress {
    description = "HTTPS from the VPC"
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = concat([aws_vpc.this.cidr_block], var.secondary_cidr_blocks)
  }

  tags = merge(local.common_tags, { Name = "${var.name}-endpoints" })

  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_vpc_endpoint" "interface" {
  for_each = var.interface_endpoints

  vpc_id              = aws_vpc.this.id
  service_name        = "com.amazonaws.${data.aws_region.current.name}.${each.key}"
  vpc_endpoint_type   = "Interface"
  subnet_ids          = aws_subnet.private[*].id
  security_group_ids  = [aws_security_group.endpoints[0].id]
  private_dns_enabled = each.value.private_dns_enabled
  policy              = each.value.policy

  tags = merge(local.common_tags, { Name = "${var.name}-${replace(each.key, ".", "-")}" })
}

# ---------------------------------------------------------------------------
# Network ACLs
# ---------------------------------------------------------------------------

resource "aws_network_acl" "public" {
  count = length(var.public_nacl_rules) > 0 ? 1 : 0

  vpc_id     = aws_vpc.this.id
  subnet_ids = aws_subnet.public[*].id

  tags = merge(local.common_tags, { Name = "${var.name}-public" })
}

resource "aws_network_acl_rule" "public" {
  for_each = { for r in var.public_nacl_rules : "${r.egress ? "egress" : "ingress"}-${r.rule_number}" => r }

  network_acl_id = aws_network_acl.public[0].id
  rule_number    = each.value.rule_number
  egress         = each.value.egress
  protocol       = each.value.protocol
  rule_action    = each.value.rule_action
  cidr_block     = each.value.cidr_block
  from_port      = each.value.from_port
  to_port        = each.value.to_port
}

resource "aws_network_acl" "private" {
  count = length(var.private_nacl_rules) > 0 ? 1 : 0

  vpc_id     = aws_vpc.this.id
  subnet_ids = aws_subnet.private[*].id

  tags = merge(local.common_tags, { Name = "${var.name}-private" })
}

resource "aws_network_acl_rule" "private" {
  for_each = { for r in var.private_nacl_rules : "${r.egress ? "egress" : "ingress"}-${r.rule_number}" => r }

  network_acl_id = aws_network_acl.private[0].id
  rule_number    = each.value.rule_number
  egress         = each.value.egress
  protocol       = each.value.protocol
  rule_action    = each.value.rule_action
  cidr_block     = each.value.cidr_block
  from_port      = each.value.from_port
  to_port        = each.value.to_port
}

# ---------------------------------------------------------------------------
# Flow logs
# ---------------------------------------------------------------------------

locals {
  flow_logs_to_cloudwatch = var.enable_flow_logs && var.flow_log_destination_type == "cloud-watch-logs"
}

resource "aws_cloudwatch_log_group" "flow_logs" {
  count = local.flow_logs_to_cloudwatch ? 1 : 0

  name              = "/aws/vpc/${var.name}/flow-logs"
  retention_in_days = var.flow_log_retention_days
  kms_key_id        = var.flow_log_kms_key_arn

  tags = local.common_tags
}

data "aws_iam_policy_document" "flow_logs_assume" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["vpc-flow-logs.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "flow_logs" {
  count = local.flow_logs_to_cloudwatch ? 1 : 0

  name_prefix        = "${var.name}-flow-logs-"
  assume_role_policy = data.aws_iam_policy_document.flow_logs_assume.json

  tags = local.common_tags
}

resource "aws_iam_role_policy" "flow_logs" {
  count = local.flow_logs_to_cloudwatch ? 1 : 0

  name   = "write-flow-logs"
  role   = aws_iam_role.flow_logs[0].id
  policy = <<-EOT
    {
      "Version": "2012-10-17",
      "Statement": [
        {
          "Effect": "Allow",
          "Action": ["logs:CreateLogStream", "logs:PutLogEvents", "logs:DescribeLogStreams"],
          "Resource": "${aws_cloudwatch_log_group.flow_logs[0].arn}:*"
        }
      ]
    }
  EOT
}

resource "aws_flow_log" "this" {
  count = var.enable_flow_logs ? 1 : 0

  vpc_id                   = aws_vpc.this.id
  traffic_type             = var.flow_log_traffic_type
  log_destination_type     = var.flow_log_destination_type
  log_destination          = local.flow_logs_to_cloudwatch ? aws_cloudwatch_log_group.flow_logs[0].arn : var.flow_log_s3_bucket_arn
  iam_role_arn             = local.flow_logs_to_cloudwatch ? aws_iam_role.flow_logs[0].arn : null
  max_aggregation_interval = var.flow_log_max_aggregation_interval

  tags = merge(local.common_tags, { Name = "${var.name}-flow-logs" })
}
