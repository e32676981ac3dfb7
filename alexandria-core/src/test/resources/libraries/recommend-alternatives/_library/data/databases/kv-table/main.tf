resource "aws_dynamodb_table" "this" {
}
