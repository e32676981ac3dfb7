resource "aws_dynamodb_table" "this" {
}

resource "random_string" "suffix" {
}
