resource "aws_s3_bucket" "this" {
  bucket = "private"
}

output "bucket_arn" {
  value = aws_s3_bucket.this.arn
}
