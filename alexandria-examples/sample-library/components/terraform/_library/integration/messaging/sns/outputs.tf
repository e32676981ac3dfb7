output "topic_arn" {
  description = "ARN of the topic."
  value       = aws_sns_topic.this.arn
}

output "topic_name" {
  description = "Name of the topic."
  value       = aws_sns_topic.this.name
}

output "subscription_arns" {
  description = "ARNs of the subscriptions, by name (pending for unconfirmed email subscriptions)."
  value       = { for k, s in aws_sns_topic_subscription.this : k => s.arn }
}
