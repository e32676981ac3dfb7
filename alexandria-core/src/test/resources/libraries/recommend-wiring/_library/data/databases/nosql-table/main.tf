resource "aws_dynamodb_table" "this" {
  name     = "items"
  hash_key = "id"
}
