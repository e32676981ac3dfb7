output "instance_ids" {
  description = "IDs of the instances."
  value       = aws_instance.this[*].id
}

output "private_ips" {
  description = "Private IPv4 addresses of the instances."
  value       = aws_instance.this[*].private_ip
}

output "role_name" {
  description = "Name of the instances' IAM role, to attach more policies to."
  value       = aws_iam_role.instance.name
}
