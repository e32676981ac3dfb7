output "bus_name" {
  description = "Name of the event bus."
  value       = aws_cloudwatch_event_bus.this.name
}

output "bus_arn" {
  description = "ARN of the event bus."
  value       = aws_cloudwatch_event_bus.this.arn
}

output "archive_arn" {
  description = "ARN of the event archive, or null."
  value       = try(aws_cloudwatch_event_archive.this[0].arn, null)
}

output "rule_arns" {
  description = "ARNs of the rules, by name."
  value       = { for k, r in aws_cloudwatch_event_rule.this : k => r.arn }
}
