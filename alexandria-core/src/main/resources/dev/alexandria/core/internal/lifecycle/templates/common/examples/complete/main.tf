# The complete example of {{id}}: every commonly set input. `terraform init && terraform plan` here shows
# what the module creates.

terraform {
  required_version = ">= 1.7.0"
}

module "{{snake_id}}" {
  source = "../.."

  name        = "example"
  environment = "dev"
  tags = {
    team = "platform"
  }
}

output "settings" {
  description = "The settings the module applied."
  value       = module.{{snake_id}}.settings
}
