resource "aws_s3_bucket" "state" {
  bucket = "terraform-state"
}

resource "aws_dynamodb_table" "lock" {
  name     = "terraform-state-lock"
  hash_key = "LockID"
}

output "bucket_id" {
  value = aws_s3_bucket.state.id
}
