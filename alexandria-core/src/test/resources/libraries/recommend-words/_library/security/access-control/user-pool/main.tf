resource "aws_cognito_user_pool" "main0" {
  name = "user-pool"
}

resource "aws_cognito_user_pool_client" "main1" {
  name = "user-pool"
}

output "arn" {
  description = "ARN of the Cognito user pool."
  value       = aws_cognito_user_pool.main0.arn
}
