output "secret_arn" {
  description = "ARN of the secret; grant secretsmanager:GetSecretValue on it."
  value       = aws_secretsmanager_secret.this.arn
}

output "secret_name" {
  description = "Name of the secret."
  value       = aws_secretsmanager_secret.this.name
}

output "version_id" {
  description = "ID of the version created by Terraform."
  value       = aws_secretsmanager_secret_version.this.version_id
}

output "secret_string" {
  description = "Initial value of the secret (generated or supplied)."
  value       = aws_secretsmanager_secret_version.this.secret_string
  sensitive   = true
}
