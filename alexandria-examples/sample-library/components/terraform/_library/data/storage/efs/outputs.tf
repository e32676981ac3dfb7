output "file_system_id" {
  description = "ID of the file system."
  value       = aws_efs_file_system.this.id
}

output "file_system_arn" {
  description = "ARN of the file system."
  value       = aws_efs_file_system.this.arn
}

output "dns_name" {
  description = "DNS name for mounting the file system."
  value       = aws_efs_file_system.this.dns_name
}

output "access_point_ids" {
  description = "IDs of the access points, by name."
  value       = { for k, ap in aws_efs_access_point.this : k => ap.id }
}

output "security_group_id" {
  description = "ID of the mount target security group."
  value       = aws_security_group.this.id
}
