# {{name}}: the module's resources. Replace terraform_data with the resources the module manages; keep
# every input variable used, so that the interface stays what the README documents.

locals {
  settings = {
    name        = var.name
    environment = var.environment
    description = var.description
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
