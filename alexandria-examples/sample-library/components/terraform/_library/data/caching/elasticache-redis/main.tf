locals {
  family         = "${var.engine}${split(".", var.engine_version)[0]}"
  generate_token = var.transit_encryption_enabled && var.auth_token == null
  auth_token     = local.generate_token ? random_password.auth[0].result : var.auth_token
  multi_node     = var.num_cache_clusters > 1

  common_tags = merge(var.tags, {
    "managed-by" = "terraform"
    "module"     = "elasticache-redis"
  })
}

resource "random_password" "auth" {
  count = local.generate_token ? 1 : 0

  length           = 32
  special          = true
  override_special = "!&#$^<>-"
}

resource "aws_elasticache_subnet_group" "this" {
  name       = var.replication_group_id
  subnet_ids = var.subnet_ids

  tags = local.common_tags
}

resource "aws_security_group" "this" {
  name_prefix = "${var.replication_group_id}-redis-"
  description = "Clients of ${var.replication_group_id}"
  vpc_id      = var.vpc_id

  tags = merge(local.common_tags, { Name = "${var.replication_group_id}-redis" })

  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_vpc_security_group_ingress_rule" "clients" {
  count = length(var.allowed_security_group_ids)

  security_group_id            = aws_security_group.this.id
  description                  = "Redis clients"
  ip_protocol                  = "tcp"
  from_port                    = var.port
  to_port                      = var.port
  referenced_security_group_id = var.allowed_security_group_ids[count.index]
}

resource "aws_elasticache_parameter_group" "this" {
  name   = "${var.replication_group_id}-${replace(local.family, ".", "-")}"
  family = local.family

  dynamic "parameter" {
    for_each = var.parameters
    content {
      name  = parameter.key
      value = parameter.value
    }
  }

  tags = local.common_tags
}

resource "aws_elasticache_replication_group" "this" {
  replication_group_id = var.replication_group_id
  description          = var.description
  engine               = var.engine
  engine_version       = var.engine_version
  node_type            = var.node_type
  num_cache_clusters   = var.num_cache_clusters
  port                 = var.port
  parameter_group_name = aws_elasticache_parameter_group.this.name
  subnet_group_name    = aws_elasticache_subnet_group.this.name
  security_group_ids   = [aws_security_group.this.id]

  automatic_failover_enabled = local.multi_node
  multi_az_enabled           = local.multi_node

  at_rest_encryption_enabled = true
  kms_key_id                 = var.kms_key_arn
  transit_encryption_enabled = var.transit_encryption_enabled
  auth_token                 = var.transit_encryption_enabled ? local.auth_token : null

  snapshot_retention_limit = var.snapshot_retention_limit
  snapshot_window          = var.snapshot_window
  maintenance_window       = var.maintenance_window
  apply_immediately        = var.apply_immediately

  tags = local.common_tags
}
