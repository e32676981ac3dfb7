resource "aws_guardduty_detector" "this" {
  enable                       = true
  finding_publishing_frequency = var.finding_publishing_frequency

  tags = var.tags
}

resource "aws_guardduty_detector_feature" "this" {
  for_each = toset(var.guardduty_features)

  detector_id = aws_guardduty_detector.this.id
  name        = each.value
  status      = "ENABLED"
}

resource "aws_securityhub_account" "this" {
  enable_default_standards = false
}

resource "aws_securityhub_standards_subscription" "this" {
  for_each = toset(var.securityhub_standard_arns)

  standards_arn = each.value

  depends_on = [aws_securityhub_account.this]
}

resource "aws_inspector2_enabler" "this" {
  account_ids    = [var.account_id]
  resource_types = var.inspector_resource_types
}

resource "aws_cloudwatch_event_rule" "high_severity" {
  name        = "security-findings-high"
  description = "High and critical Security Hub findings"

  event_pattern = jsonencode({
    source        = ["aws.securityhub"]
    "detail-type" = ["Security Hub Findings - Imported"]
    detail = {
      findings = { Severity = { Label = ["HIGH", "CRITICAL"] } }
    }
  })

  tags = var.tags
}

resource "aws_cloudwatch_event_target" "sns" {
  rule = aws_cloudwatch_event_rule.high_severity.name
  arn  = var.alert_topic_arn
}
