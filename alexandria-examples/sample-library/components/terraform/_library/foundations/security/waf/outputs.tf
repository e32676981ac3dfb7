output "web_acl_id" {
  description = "ID of the web ACL."
  value       = aws_wafv2_web_acl.this.id
}

output "web_acl_arn" {
  description = "ARN of the web ACL; pass it to CloudFront's web_acl_id or to further associations."
  value       = aws_wafv2_web_acl.this.arn
}

output "web_acl_capacity" {
  description = "Web ACL capacity units used by the configured rules (limit 5000)."
  value       = aws_wafv2_web_acl.this.capacity
}

output "log_group_name" {
  description = "Name of the WAF log group, or null when logging is off."
  value       = try(aws_cloudwatch_log_group.this[0].name, null)
}
