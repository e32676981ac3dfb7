resource "aws_sns_topic" "main0" {
  name = "notify-topic"
}

resource "aws_sns_topic_subscription" "main1" {
  name = "notify-topic"
}

output "arn" {
  description = "ARN of the SNS topic."
  value       = aws_sns_topic.main0.arn
}
