resource "aws_cloudwatch_metric_alarm" "this" {
}
