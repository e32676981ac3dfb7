output "table_name" {
  description = "Name of the table."
  value       = aws_dynamodb_table.this.name
}

output "table_arn" {
  description = "ARN of the table."
  value       = aws_dynamodb_table.this.arn
}

output "stream_arn" {
  description = "ARN of the table's stream, or an empty string when streams are off."
  value       = aws_dynamodb_table.this.stream_arn
}

output "index_arns" {
  description = "ARNs of the global secondary indexes, by name."
  value       = { for gsi in var.global_secondary_indexes : gsi.name => "${aws_dynamodb_table.this.arn}/index/${gsi.name}" }
}
