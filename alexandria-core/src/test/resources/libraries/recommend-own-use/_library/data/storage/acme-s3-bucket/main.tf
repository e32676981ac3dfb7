resource "aws_s3_bucket" "this" {
  bucket = var.name
}

variable "name" {
  type = string
}

output "bucket_id" {
  value = aws_s3_bucket.this.id
}
