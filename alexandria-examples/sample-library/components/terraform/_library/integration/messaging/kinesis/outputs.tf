output "stream_name" {
  description = "Name of the stream."
  value       = aws_kinesis_stream.this.name
}

output "stream_arn" {
  description = "ARN of the stream."
  value       = aws_kinesis_stream.this.arn
}

output "consumer_arns" {
  description = "ARNs of the enhanced fan-out consumers, by name."
  value       = { for k, c in aws_kinesis_stream_consumer.this : k => c.arn }
}
