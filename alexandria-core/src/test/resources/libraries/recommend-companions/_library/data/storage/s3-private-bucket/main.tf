resource "aws_s3_bucket" "this" {
}

resource "aws_s3_bucket_versioning" "this" {
}
