resource "aws_s3_bucket" "this" {
}

resource "aws_s3_bucket_versioning" "this" {
}

resource "aws_s3_bucket_policy" "this" {
}
