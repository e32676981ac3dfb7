output "endpoint" {
  description = "Connection endpoint (host:port)."
  value       = aws_db_instance.this.endpoint
}

output "address" {
  description = "Host name of the instance."
  value       = aws_db_instance.this.address
}

output "db_instance_arn" {
  description = "ARN of the DB instance (the source for an Aurora read-replica migration)."
  value       = aws_db_instance.this.arn
}

output "master_password" {
  description = "Master password, passed through for legacy consumers. Read it from Secrets Manager instead."
  value       = aws_db_instance.this.password
  sensitive   = true
}
