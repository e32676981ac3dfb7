locals {
  port       = var.engine == "aurora-postgresql" ? 5432 : 3306
  family     = var.engine == "aurora-postgresql" ? "aurora-postgresql${split(".", var.engine_version)[0]}" : "aurora-mysql8.0"
  serverless = var.instance_class == "db.serverless"

  common_tags = merge(var.tags, {
    "managed-by" = "terraform"
    "module"     = "rds-aurora"
  })
}

resource "aws_db_subnet_group" "this" {
  name_prefix = "${var.cluster_identifier}-"
  description = "Subnets of ${var.cluster_identifier}"
  subnet_ids  = var.subnet_ids

  tags = local.common_tags
}

resource "aws_security_group" "this" {
  name_prefix = "${var.cluster_identifier}-aurora-"
  description = "Clients of ${var.cluster_identifier}"
  vpc_id      = var.vpc_id

  tags = merge(local.common_tags, { Name = "${var.cluster_identifier}-aurora" })

  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_vpc_security_group_ingress_rule" "clients" {
  count = length(var.allowed_security_group_ids)

  security_group_id            = aws_security_group.this.id
  description                  = "Database clients"
  ip_protocol                  = "tcp"
  from_port                    = local.port
  to_port                      = local.port
  referenced_security_group_id = var.allowed_security_group_ids[count.index]
}

resource "aws_rds_cluster_parameter_group" "this" {
  name_prefix = "${var.cluster_identifier}-"
  family      = local.family
  description = "Cluster parameters of ${var.cluster_identifier}"

  dynamic "parameter" {
    for_each = var.cluster_parameters
    content {
      name         = parameter.key
      value        = parameter.value
      apply_method = "pending-reboot"
    }
  }

  tags = local.common_tags

  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_rds_cluster" "this" {
  cluster_identifier = var.cluster_identifier
  engine             = var.engine
  engine_version     = var.engine_version
  engine_mode        = "provisioned"
  database_name      = var.database_name
  port               = local.port

  master_username               = var.master_username
  manage_master_user_password   = true
  master_user_secret_kms_key_id = var.kms_key_arn

  db_subnet_group_name            = aws_db_subnet_group.this.name
  vpc_security_group_ids          = [aws_security_group.this.id]
  db_cluster_parameter_group_name = aws_rds_cluster_parameter_group.this.name

  storage_type      = var.storage_type
  storage_encrypted = true
  kms_key_id        = var.kms_key_arn

  backup_retention_period             = var.backup_retention_period
  preferred_backup_window             = var.preferred_backup_window
  copy_tags_to_snapshot               = true
  deletion_protection                 = var.deletion_protection
  final_snapshot_identifier           = "${var.cluster_identifier}-final"
  iam_database_authentication_enabled = var.iam_database_authentication_enabled
  enabled_cloudwatch_logs_exports     = var.engine == "aurora-postgresql" ? ["postgresql"] : ["error", "slowquery"]

  dynamic "serverlessv2_scaling_configuration" {
    for_each = local.serverless ? [var.serverless_scaling] : []
    content {
      min_capacity = serverlessv2_scaling_configuration.value.min_capacity
      max_capacity = serverlessv2_scaling_configuration.value.max_capacity
    }
  }

  tags = local.common_tags
}

resource "aws_rds_cluster_instance" "this" {
  count = var.instance_count

  identifier                   = "${var.cluster_identifier}-${count.index + 1}"
  cluster_identifier           = aws_rds_cluster.this.id
  engine                       = aws_rds_cluster.this.engine
  engine_version               = aws_rds_cluster.this.engine_version
  instance_class               = var.instance_class
  db_subnet_group_name         = aws_db_subnet_group.this.name
  publicly_accessible          = false
  performance_insights_enabled = var.performance_insights_enabled
  promotion_tier               = count.index
  auto_minor_version_upgrade   = true

  tags = local.common_tags
}
