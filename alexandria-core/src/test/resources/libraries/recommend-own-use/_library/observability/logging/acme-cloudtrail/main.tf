variable "s3_bucket_name" {
  type        = string
  description = "The bucket CloudTrail writes its logs to."
}

resource "aws_cloudtrail" "this" {
  name           = "trail"
  s3_bucket_name = var.s3_bucket_name
}
