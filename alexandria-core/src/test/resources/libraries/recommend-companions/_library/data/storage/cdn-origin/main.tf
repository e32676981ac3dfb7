resource "aws_cloudfront_distribution" "this" {
}

resource "aws_s3_bucket" "this" {
}
