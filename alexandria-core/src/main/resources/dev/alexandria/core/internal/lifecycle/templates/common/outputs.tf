output "id" {
  description = "ID of the main resource; null when enabled is false."
  value       = try(terraform_data.this[0].id, null)
}

output "settings" {
  description = "The settings the module applied, after defaults."
  value       = local.settings
}

output "tags" {
  description = "The tags set on every resource."
  value       = local.tags
}

output "enabled" {
  description = "Whether the module created its resources."
  value       = var.enabled
}
