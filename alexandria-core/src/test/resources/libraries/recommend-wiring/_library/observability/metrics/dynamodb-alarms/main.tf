variable "table_name" {
  type        = string
  description = "The table to watch."
}

resource "aws_cloudwatch_metric_alarm" "throttles" {
  alarm_name          = "throttles"
  comparison_operator = "GreaterThanThreshold"
  evaluation_periods  = 1
  metric_name         = "ThrottledRequests"
  namespace           = "AWS/DynamoDB"
  period              = 60
  statistic           = "Sum"
  threshold           = 0
  dimensions = {
    TableName = var.table_name
  }
}
