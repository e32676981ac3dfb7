output "rest_api_id" {
  description = "ID of the REST API."
  value       = aws_api_gateway_rest_api.this.id
}

output "execution_arn" {
  description = "Execution ARN prefix, for Lambda permissions."
  value       = aws_api_gateway_rest_api.this.execution_arn
}

output "invoke_url" {
  description = "Invoke URL of the stage."
  value       = aws_api_gateway_stage.this.invoke_url
}

output "stage_arn" {
  description = "ARN of the stage (for WAF associations)."
  value       = aws_api_gateway_stage.this.arn
}

output "custom_domain_target" {
  description = "Regional domain name and zone id to alias the custom domain to, or null."
  value = var.domain_name == null ? null : {
    name    = coalesce(aws_api_gateway_domain_name.this[0].regional_domain_name, aws_api_gateway_domain_name.this[0].cloudfront_domain_name)
    zone_id = coalesce(aws_api_gateway_domain_name.this[0].regional_zone_id, aws_api_gateway_domain_name.this[0].cloudfront_zone_id)
  }
}

output "access_log_group_name" {
  description = "Name of the access log group."
  value       = aws_cloudwatch_log_group.access.name
}
