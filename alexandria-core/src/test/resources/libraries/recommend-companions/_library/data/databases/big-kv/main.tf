resource "aws_dynamodb_table" "this" {
}

resource "aws_s3_bucket" "this" {
}

resource "aws_iam_role" "this" {
}
