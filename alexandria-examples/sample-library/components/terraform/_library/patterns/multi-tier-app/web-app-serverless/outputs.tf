output "api_url" {
  description = "Invoke URL of the API stage."
  value       = module.api.invoke_url
}

output "table_name" {
  description = "Name of the DynamoDB table."
  value       = module.table.table_name
}

output "function_name" {
  description = "Name of the API handler function."
  value       = module.api_function.function_name
}

output "user_pool_id" {
  description = "ID of the Cognito user pool, or null when auth is off."
  value       = try(module.auth[0].user_pool_id, null)
}

output "web_client_id" {
  description = "ID of the web app client, or null when auth is off."
  value       = try(module.auth[0].client_ids["web"], null)
}
