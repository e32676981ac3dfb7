# DEPRECATED: superseded by data/databases/rds-aurora (engine = "aurora-mysql").
# Kept so existing stacks keep planning cleanly until the removal date.

locals {
  family = "mysql${join(".", slice(split(".", var.engine_version), 0, 2))}"

  common_tags = merge(var.tags, {
    "managed-by" = "terraform"
    "module"     = "rds-mysql-legacy"
    "deprecated" = "true"
  })
}

resource "aws_db_parameter_group" "this" {
  name_prefix = "${var.identifier}-"
  family      = local.family
  description = "Parameters of ${var.identifier}"

  dynamic "parameter" {
    for_each = var.parameters
    content {
      name  = parameter.key
      value = parameter.value
    }
  }

  tags = local.common_tags

  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_db_instance" "this" {
  identifier     = var.identifier
  engine         = "mysql"
  engine_version = var.engine_version
  instance_class = var.instance_class

  allocated_storage = var.allocated_storage
  storage_type      = "gp2"
  storage_encrypted = true

  db_name  = var.db_name
  username = var.username
  password = var.password

  db_subnet_group_name   = var.db_subnet_group_name
  vpc_security_group_ids = var.vpc_security_group_ids
  parameter_group_name   = aws_db_parameter_group.this.name
  multi_az               = var.multi_az
  publicly_accessible    = false

  backup_retention_period   = var.backup_retention_period
  skip_final_snapshot       = var.skip_final_snapshot
  final_snapshot_identifier = var.skip_final_snapshot ? null : "${var.identifier}-final"
  copy_tags_to_snapshot     = true

  enabled_cloudwatch_logs_exports = ["error", "slowquery"]

  tags = local.common_tags
}
