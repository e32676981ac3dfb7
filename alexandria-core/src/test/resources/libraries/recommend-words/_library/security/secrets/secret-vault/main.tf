resource "aws_secretsmanager_secret" "main0" {
  name = "secret-vault"
}

resource "aws_secretsmanager_secret_version" "main1" {
  name = "secret-vault"
}

output "arn" {
  description = "ARN of the Secrets Manager secret."
  value       = aws_secretsmanager_secret.main0.arn
}
