locals {
  well_known = {
    "https-443-tcp"       = { port = 443, description = "HTTPS" }
    "http-80-tcp"         = { port = 80, description = "HTTP" }
    "postgresql-5432-tcp" = { port = 5432, description = "PostgreSQL" }
    "mysql-3306-tcp"      = { port = 3306, description = "MySQL/Aurora" }
    "redis-6379-tcp"      = { port = 6379, description = "Redis" }
    "ssh-22-tcp"          = { port = 22, description = "SSH" }
    "nfs-2049-tcp"        = { port = 2049, description = "NFS" }
  }

  named_ingress = {
    for pair in setproduct(var.named_ingress, var.named_ingress_cidr_blocks) :
    "${pair[0]}:${pair[1]}" => {
      port        = local.well_known[pair[0]].port
      description = local.well_known[pair[0]].description
      cidr        = pair[1]
    }
  }

  common_tags = merge(var.tags, {
    "managed-by" = "terraform"
    "module"     = "securitygroup"
  })
}

resource "aws_security_group" "this" {
  name                   = var.use_name_prefix ? null : var.name
  name_prefix            = var.use_name_prefix ? "${var.name}-" : null
  description            = var.description
  vpc_id                 = var.vpc_id
  revoke_rules_on_delete = var.revoke_rules_on_delete

  tags = merge(local.common_tags, { Name = var.name })

  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_vpc_security_group_ingress_rule" "named" {
  for_each = local.named_ingress

  security_group_id = aws_security_group.this.id
  description       = "${each.value.description} from ${each.value.cidr}"
  ip_protocol       = "tcp"
  from_port         = each.value.port
  to_port           = each.value.port
  cidr_ipv4         = each.value.cidr

  tags = local.common_tags
}

resource "aws_vpc_security_group_ingress_rule" "custom" {
  for_each = { for idx, r in var.ingress_rules : "${idx}-${r.from_port}-${r.to_port}" => r }

  security_group_id            = aws_security_group.this.id
  description                  = each.value.description
  ip_protocol                  = each.value.ip_protocol
  from_port                    = each.value.ip_protocol == "-1" ? null : each.value.from_port
  to_port                      = each.value.ip_protocol == "-1" ? null : each.value.to_port
  cidr_ipv4                    = each.value.cidr_ipv4
  cidr_ipv6                    = each.value.cidr_ipv6
  prefix_list_id               = each.value.prefix_list_id
  referenced_security_group_id = each.value.referenced_security_group_id

  tags = local.common_tags
}

resource "aws_vpc_security_group_ingress_rule" "self" {
  count = var.ingress_self ? 1 : 0

  security_group_id            = aws_security_group.this.id
  description                  = "All traffic between members of ${var.name}"
  ip_protocol                  = "-1"
  referenced_security_group_id = aws_security_group.this.id

  tags = local.common_tags
}

resource "aws_vpc_security_group_egress_rule" "all" {
  count = var.allow_all_egress ? 1 : 0

  security_group_id = aws_security_group.this.id
  description       = "All outbound IPv4 traffic"
  ip_protocol       = "-1"
  cidr_ipv4         = "0.0.0.0/0"

  tags = local.common_tags
}

resource "aws_vpc_security_group_egress_rule" "custom" {
  for_each = var.allow_all_egress ? {} : { for idx, r in var.egress_rules : tostring(idx) => r }

  security_group_id            = aws_security_group.this.id
  description                  = each.value.description
  ip_protocol                  = each.value.ip_protocol
  from_port                    = each.value.from_port
  to_port                      = each.value.to_port
  cidr_ipv4                    = each.value.cidr_ipv4
  cidr_ipv6                    = each.value.cidr_ipv6
  prefix_list_id               = each.value.prefix_list_id
  referenced_security_group_id = each.value.referenced_security_group_id

  tags = local.common_tags
}
