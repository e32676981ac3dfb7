output "alert_topic_arn" {
  description = "ARN of the SNS topic that receives every alarm."
  value       = aws_sns_topic.alerts.arn
}

output "alarm_arns" {
  description = "ARNs of the alarms, keyed by name."
  value       = { for name, alarm in module.alarm : name => alarm.alarm_arn }
}
