locals {
  common_tags = merge(var.tags, {
    "managed-by" = "terraform"
    "module"     = "eventbridge-bus"
  })
}

resource "aws_cloudwatch_event_bus" "this" {
  name        = var.bus_name
  description = var.description

  tags = local.common_tags
}

resource "aws_cloudwatch_event_bus_policy" "producers" {
  count = length(var.producer_account_ids) > 0 ? 1 : 0

  event_bus_name = aws_cloudwatch_event_bus.this.name
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "AllowProducerAccounts"
      Effect    = "Allow"
      Principal = { AWS = [for id in var.producer_account_ids : "arn:aws:iam::${id}:root"] }
      Action    = "events:PutEvents"
      Resource  = aws_cloudwatch_event_bus.this.arn
    }]
  })
}

resource "aws_cloudwatch_event_archive" "this" {
  count = var.archive_retention_days == 0 ? 0 : 1

  name             = "${substr(var.bus_name, 0, 40)}-archive"
  event_source_arn = aws_cloudwatch_event_bus.this.arn
  retention_days   = var.archive_retention_days
}

resource "aws_cloudwatch_event_rule" "this" {
  for_each = var.rules

  name           = each.key
  description    = each.value.description
  event_bus_name = aws_cloudwatch_event_bus.this.name
  event_pattern  = each.value.event_pattern

  tags = local.common_tags
}

resource "aws_cloudwatch_event_target" "this" {
  for_each = var.rules

  rule           = aws_cloudwatch_event_rule.this[each.key].name
  event_bus_name = aws_cloudwatch_event_bus.this.name
  target_id      = each.key
  arn            = each.value.target_arn
  role_arn       = each.value.role_arn
  input_path     = each.value.input_path

  retry_policy {
    maximum_event_age_in_seconds = var.maximum_event_age_in_seconds
    maximum_retry_attempts       = 185
  }

  dynamic "dead_letter_config" {
    for_each = var.dead_letter_queue_arn == null ? [] : [var.dead_letter_queue_arn]
    content {
      arn = dead_letter_config.value
    }
  }
}
