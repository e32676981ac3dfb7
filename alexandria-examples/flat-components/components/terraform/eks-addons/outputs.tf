output "addon_versions" {
  description = "Installed version of every add-on, keyed by add-on name."
  value       = { for name, addon in aws_eks_addon.this : name => addon.addon_version }
}
