output "secret_arns" {
  description = "ARNs of the secrets, keyed by name."
  value       = { for name, secret in aws_secretsmanager_secret.this : name => secret.arn }
}
