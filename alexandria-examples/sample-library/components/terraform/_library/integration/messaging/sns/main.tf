locals {
  common_tags = merge(var.tags, {
    "managed-by" = "terraform"
    "module"     = "sns"
  })
}

resource "aws_sns_topic" "this" {
  name                        = var.fifo_topic ? "${var.name}.fifo" : var.name
  display_name                = var.display_name
  fifo_topic                  = var.fifo_topic
  content_based_deduplication = var.fifo_topic
  kms_master_key_id           = var.kms_key_arn

  tags = local.common_tags
}

data "aws_iam_policy_document" "this" {
  statement {
    sid       = "DenyInsecureTransport"
    effect    = "Deny"
    actions   = ["sns:Publish"]
    resources = [aws_sns_topic.this.arn]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["false"]
    }
  }

  dynamic "statement" {
    for_each = length(var.publisher_service_principals) > 0 ? [1] : []
    content {
      sid       = "AllowServicePublish"
      actions   = ["sns:Publish"]
      resources = [aws_sns_topic.this.arn]
      principals {
        type        = "Service"
        identifiers = var.publisher_service_principals
      }
    }
  }
}

resource "aws_sns_topic_policy" "this" {
  arn    = aws_sns_topic.this.arn
  policy = data.aws_iam_policy_document.this.json
}

resource "aws_sns_topic_subscription" "this" {
  for_each = var.subscriptions

  topic_arn            = aws_sns_topic.this.arn
  protocol             = each.value.protocol
  endpoint             = each.value.endpoint
  raw_message_delivery = contains(["sqs", "https", "firehose"], each.value.protocol) ? each.value.raw_message_delivery : null
  filter_policy        = each.value.filter_policy
}
