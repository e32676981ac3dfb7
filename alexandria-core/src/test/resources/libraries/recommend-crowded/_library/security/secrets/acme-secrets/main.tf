resource "aws_secretsmanager_secret" "this" {
}

output "id" {
  value = "acme-secrets"
}
