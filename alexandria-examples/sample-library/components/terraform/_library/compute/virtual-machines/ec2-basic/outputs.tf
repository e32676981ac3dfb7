output "instance_id" {
  description = "ID of the instance."
  value       = aws_instance.this.id
}

output "private_ip" {
  description = "Private IPv4 address of the instance."
  value       = aws_instance.this.private_ip
}

output "public_ip" {
  description = "Public IPv4 address, or an empty string in a private subnet."
  value       = aws_instance.this.public_ip
}

output "role_name" {
  description = "Name of the instance role, or null when enable_ssm is false."
  value       = try(aws_iam_role.this[0].name, null)
}
