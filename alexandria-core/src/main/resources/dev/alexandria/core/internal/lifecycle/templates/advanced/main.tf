# {{name}}: the module's resources. Replace terraform_data with the resources the module manages; keep
# every input variable used, so that the interface stays what the README documents.

locals {
  settings = {
    name                = var.name
    environment         = var.environment
    description         = var.description
    owner               = var.owner
    cost_center         = var.cost_center
    retention_days      = var.retention_days
    deletion_protection = var.deletion_protection
    create_timeout      = var.create_timeout
    allowed_cidrs       = var.allowed_cidrs
    kms_key_arn         = var.kms_key_arn
    monitoring_enabled  = var.monitoring_enabled
    log_level           = var.log_level
    alarm_email         = var.alarm_email
    backup_enabled      = var.backup_enabled
    backup_window       = var.backup_window
    maintenance_window  = var.maintenance_window
    multi_az            = var.multi_az
    availability_zones  = var.availability_zones
    instance_count      = var.instance_count
    min_capacity        = var.min_capacity
    max_capacity        = var.max_capacity
    scaling_target      = var.scaling_target
    encryption_enabled  = var.encryption_enabled
    public_access       = var.public_access
    ip_address_type     = var.ip_address_type
    custom_domain       = var.custom_domain
    certificate_arn     = var.certificate_arn
    features            = var.features
    extra_settings      = var.extra_settings
    network             = var.network
  }

  tags = merge(var.tags, {
    "alexandria:module" = "{{id}}"
  })
}

resource "terraform_data" "this" {
  count = var.enabled ? 1 : 0

  input = {
    settings = local.settings
    tags     = local.tags
  }
}
