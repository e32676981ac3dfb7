output "replication_group_id" {
  description = "ID of the replication group."
  value       = aws_elasticache_replication_group.this.id
}

output "primary_endpoint_address" {
  description = "Address of the primary (read/write) endpoint."
  value       = aws_elasticache_replication_group.this.primary_endpoint_address
}

output "reader_endpoint_address" {
  description = "Address of the reader endpoint spreading reads over replicas."
  value       = aws_elasticache_replication_group.this.reader_endpoint_address
}

output "port" {
  description = "Port of the cache."
  value       = var.port
}

output "auth_token" {
  description = "AUTH token clients must present; store it in Secrets Manager."
  value       = local.auth_token
  sensitive   = true
}

output "security_group_id" {
  description = "ID of the cache security group."
  value       = aws_security_group.this.id
}
