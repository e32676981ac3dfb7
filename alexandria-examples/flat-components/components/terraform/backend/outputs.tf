output "bucket_name" {
  description = "Name of the state bucket, for the backend \"s3\" block."
  value       = aws_s3_bucket.state.id
}

output "lock_table_name" {
  description = "Name of the state lock table, for the backend \"s3\" block."
  value       = aws_dynamodb_table.lock.name
}
