output "user_pool_id" {
  description = "ID of the user pool."
  value       = aws_cognito_user_pool.this.id
}

output "user_pool_arn" {
  description = "ARN of the user pool (for API Gateway authorizers)."
  value       = aws_cognito_user_pool.this.arn
}

output "user_pool_endpoint" {
  description = "Issuer endpoint of the user pool (for JWT validation)."
  value       = aws_cognito_user_pool.this.endpoint
}

output "hosted_ui_domain" {
  description = "Hosted UI domain prefix, or null."
  value       = try(aws_cognito_user_pool_domain.this[0].domain, null)
}

output "client_ids" {
  description = "IDs of the app clients, by name."
  value       = { for k, c in aws_cognito_user_pool_client.this : k => c.id }
}

output "client_secrets" {
  description = "Secrets of confidential app clients, by name."
  value       = { for k, c in aws_cognito_user_pool_client.this : k => c.client_secret if var.app_clients[k].generate_secret }
  sensitive   = true
}
