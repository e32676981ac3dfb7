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
