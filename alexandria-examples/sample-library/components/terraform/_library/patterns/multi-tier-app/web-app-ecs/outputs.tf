output "url" {
  description = "HTTPS URL of the load balancer; point a DNS alias at alb_dns_name for a friendly name."
  value       = "https://${aws_lb.this.dns_name}"
}

output "alb_dns_name" {
  description = "DNS name of the load balancer."
  value       = aws_lb.this.dns_name
}

output "alb_zone_id" {
  description = "Hosted zone id of the load balancer, for Route 53 alias records."
  value       = aws_lb.this.zone_id
}

output "vpc_id" {
  description = "ID of the application VPC."
  value       = module.network.vpc_id
}

output "service_name" {
  description = "Name of the ECS service."
  value       = module.service.service_name
}

output "task_role_arn" {
  description = "Task role of the application; grant further AWS permissions here."
  value       = module.service.task_role_arn
}

output "database_endpoint" {
  description = "Endpoint of the PostgreSQL database."
  value       = module.database.endpoint
}

output "database_secret_arn" {
  description = "Secrets Manager secret with the database master credentials."
  value       = module.database.master_user_secret_arn
}

output "web_acl_arn" {
  description = "ARN of the web ACL in front of the load balancer, or null."
  value       = try(module.waf[0].web_acl_arn, null)
}
