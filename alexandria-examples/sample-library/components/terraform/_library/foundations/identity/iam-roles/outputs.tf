output "role_name" {
  description = "Name of the IAM role."
  value       = aws_iam_role.this.name
}

output "role_arn" {
  description = "ARN of the IAM role."
  value       = aws_iam_role.this.arn
}

output "role_unique_id" {
  description = "Stable unique id of the role (use in S3 bucket policies that must survive role re-creation checks)."
  value       = aws_iam_role.this.unique_id
}

output "instance_profile_name" {
  description = "Name of the instance profile, or null when none was created."
  value       = try(aws_iam_instance_profile.this[0].name, null)
}

output "instance_profile_arn" {
  description = "ARN of the instance profile, or null when none was created."
  value       = try(aws_iam_instance_profile.this[0].arn, null)
}
