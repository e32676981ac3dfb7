output "name" {
  description = "Placed in the second column."
  value       = var.name
}

output "out_id" {
  description = "Another one."
  value       = var.quoted_name
}
