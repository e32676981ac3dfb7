resource "aws_dynamodb_table" "this" {
  name     = "items"
  hash_key = "id"
}

output "table_arn" {
  value = aws_dynamodb_table.this.arn
}
