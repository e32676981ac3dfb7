output "trail_arn" {
  description = "ARN of the trail."
  value       = aws_cloudtrail.this.arn
}

output "trail_home_region" {
  description = "Region the trail was created in."
  value       = aws_cloudtrail.this.home_region
}

output "s3_bucket_name" {
  description = "Bucket receiving the log files."
  value       = local.bucket_name
}

output "cloudwatch_log_group_name" {
  description = "Name of the CloudWatch Logs copy, or null."
  value       = try(aws_cloudwatch_log_group.this[0].name, null)
}
