locals {
  features = {
    S3_DATA_EVENTS         = var.enable_s3_protection
    EKS_AUDIT_LOGS         = var.enable_eks_protection
    EBS_MALWARE_PROTECTION = var.enable_malware_protection
    RDS_LOGIN_EVENTS       = var.enable_rds_protection
    LAMBDA_NETWORK_LOGS    = var.enable_lambda_protection
    RUNTIME_MONITORING     = var.enable_runtime_monitoring
  }

  common_tags = merge(var.tags, {
    "managed-by" = "terraform"
    "module"     = "guardduty"
  })
}

resource "aws_guardduty_detector" "this" {
  enable                       = true
  finding_publishing_frequency = var.finding_publishing_frequency

  tags = local.common_tags
}

resource "aws_guardduty_detector_feature" "this" {
  for_each = local.features

  detector_id = aws_guardduty_detector.this.id
  name        = each.key
  status      = each.value ? "ENABLED" : "DISABLED"

  dynamic "additional_configuration" {
    for_each = each.key == "RUNTIME_MONITORING" && each.value ? ["EKS_ADDON_MANAGEMENT", "ECS_FARGATE_AGENT_MANAGEMENT", "EC2_AGENT_MANAGEMENT"] : []
    content {
      name   = additional_configuration.value
      status = "ENABLED"
    }
  }
}

resource "aws_cloudwatch_event_rule" "findings" {
  count = var.alert_topic_arn == null ? 0 : 1

  name          = "guardduty-findings-to-sns"
  description   = "GuardDuty findings with severity >= ${var.alert_min_severity}"
  event_pattern = <<-EOT
    {
      "source": ["aws.guardduty"],
      "detail-type": ["GuardDuty Finding"],
      "detail": { "severity": [{ "numeric": [">=", ${var.alert_min_severity}] }] }
    }
  EOT

  tags = local.common_tags
}

resource "aws_cloudwatch_event_target" "findings" {
  count = var.alert_topic_arn == null ? 0 : 1

  rule      = aws_cloudwatch_event_rule.findings[0].name
  target_id = "sns"
  arn       = var.alert_topic_arn

  input_transformer {
    input_paths = {
      severity = "$.detail.severity"
      type     = "$.detail.type"
      account  = "$.account"
      region   = "$.region"
      id       = "$.detail.id"
    }
    input_template = "\"GuardDuty <type> (severity <severity>) in <account>/<region>, finding <id>\""
  }
}
