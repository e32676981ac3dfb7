locals {
  common_tags = merge(var.tags, {
    "managed-by" = "terraform"
    "module"     = "xray"
  })
}

resource "aws_xray_sampling_rule" "this" {
  for_each = var.sampling_rules

  rule_name      = each.key
  priority       = each.value.priority
  version        = 1
  reservoir_size = each.value.reservoir_size
  fixed_rate     = each.value.fixed_rate
  service_name   = each.value.service_name
  service_type   = each.value.service_type
  host           = each.value.host
  http_method    = each.value.http_method
  url_path       = each.value.url_path
  resource_arn   = "*"
  attributes     = each.value.attributes

  tags = local.common_tags
}

resource "aws_xray_group" "this" {
  for_each = var.groups

  group_name        = each.key
  filter_expression = each.value

  insights_configuration {
    insights_enabled      = var.enable_insights
    notifications_enabled = var.enable_insights && var.insights_notifications
  }

  tags = local.common_tags
}

resource "aws_xray_encryption_config" "this" {
  type   = var.kms_key_arn == null ? "NONE" : "KMS"
  key_id = var.kms_key_arn
}
