resource "aws_s3_bucket" "main0" {
  name = "data-bucket"
}

output "arn" {
  description = "ARN of the S3 bucket."
  value       = aws_s3_bucket.main0.arn
}
