resource "aws_cloudwatch_metric_alarm" "this" {
}

output "id" {
  value = "acme-alb-alarms"
}
