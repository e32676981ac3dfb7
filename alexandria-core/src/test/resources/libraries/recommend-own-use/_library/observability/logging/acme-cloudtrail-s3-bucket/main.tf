resource "aws_s3_bucket" "this" {
  bucket = "trail-logs"
}

resource "aws_s3_bucket_policy" "this" {
  bucket = aws_s3_bucket.this.id
  policy = "{}"
}

output "bucket_id" {
  value = aws_s3_bucket.this.id
}
