resource "aws_sns_topic" "alerts" {
  name              = "${var.name}-alerts"
  kms_master_key_id = "alias/aws/sns"

  tags = var.tags
}

resource "aws_sns_topic_subscription" "email" {
  for_each = toset(var.alert_emails)

  topic_arn = aws_sns_topic.alerts.arn
  protocol  = "email"
  endpoint  = each.value
}

module "alarm" {
  source   = "./modules/alarm"
  for_each = var.alarms

  name                = "${var.name}-${each.key}"
  namespace           = each.value.namespace
  metric_name         = each.value.metric_name
  dimensions          = each.value.dimensions
  threshold           = each.value.threshold
  comparison_operator = each.value.comparison_operator
  alarm_topic_arn     = aws_sns_topic.alerts.arn
  tags                = var.tags
}

resource "aws_cloudwatch_dashboard" "this" {
  dashboard_name = var.name

  dashboard_body = jsonencode({
    widgets = [for name, alarm in var.alarms : {
      type   = "metric"
      width  = 12
      height = 6
      properties = {
        title   = name
        region  = var.region
        metrics = [[alarm.namespace, alarm.metric_name]]
      }
    }]
  })
}
