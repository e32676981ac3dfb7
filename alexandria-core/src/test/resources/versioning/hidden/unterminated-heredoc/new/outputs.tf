output "id" {
  value       = aws_s3_bucket.this.id
  description = <<-EOT
    The bucket's id.
  EOF
}

output "arn" {
  value = aws_s3_bucket.this.arn
}
