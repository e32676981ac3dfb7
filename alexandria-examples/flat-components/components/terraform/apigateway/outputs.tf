output "rest_api_id" {
  description = "ID of the REST API."
  value       = aws_api_gateway_rest_api.this.id
}

output "invoke_url" {
  description = "Base URL of the deployed stage."
  value       = aws_api_gateway_stage.this.invoke_url
}
