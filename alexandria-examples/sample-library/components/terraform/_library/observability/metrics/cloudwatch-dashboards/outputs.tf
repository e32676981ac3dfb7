output "dashboard_arn" {
  description = "ARN of the dashboard."
  value       = aws_cloudwatch_dashboard.this.dashboard_arn
}

output "dashboard_url" {
  description = "Console URL of the dashboard."
  value       = "https://${local.region}.console.aws.amazon.com/cloudwatch/home?region=${local.region}#dashboards:name=${aws_cloudwatch_dashboard.this.dashboard_name}"
}

output "widget_count" {
  description = "Number of widgets on the dashboard."
  value       = length(local.header) + length(local.alb_widgets) + length(local.ecs_widgets) + length(local.rds_widgets) + length(local.lambda_widgets) + length(local.sqs_widgets)
}
