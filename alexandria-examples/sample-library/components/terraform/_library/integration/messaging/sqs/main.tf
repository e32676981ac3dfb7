locals {
  suffix     = var.fifo_queue ? ".fifo" : ""
  create_dlq = var.max_receive_count > 0

  common_tags = merge(var.tags, {
    "managed-by" = "terraform"
    "module"     = "sqs"
  })
}

resource "aws_sqs_queue" "dlq" {
  count = local.create_dlq ? 1 : 0

  name                              = "${var.name}-dlq${local.suffix}"
  fifo_queue                        = var.fifo_queue
  message_retention_seconds         = 1209600
  sqs_managed_sse_enabled           = var.kms_key_arn == null
  kms_master_key_id                 = var.kms_key_arn
  kms_data_key_reuse_period_seconds = var.kms_key_arn == null ? null : 3600

  tags = local.common_tags
}

resource "aws_sqs_queue" "this" {
  name                              = "${var.name}${local.suffix}"
  fifo_queue                        = var.fifo_queue
  content_based_deduplication       = var.fifo_queue ? true : null
  visibility_timeout_seconds        = var.visibility_timeout_seconds
  message_retention_seconds         = var.message_retention_seconds
  receive_wait_time_seconds         = var.receive_wait_time_seconds
  sqs_managed_sse_enabled           = var.kms_key_arn == null
  kms_master_key_id                 = var.kms_key_arn
  kms_data_key_reuse_period_seconds = var.kms_key_arn == null ? null : 3600

  redrive_policy = local.create_dlq ? jsonencode({
    deadLetterTargetArn = aws_sqs_queue.dlq[0].arn
    maxReceiveCount     = var.max_receive_count
  }) : null

  tags = local.common_tags
}

resource "aws_sqs_queue_redrive_allow_policy" "dlq" {
  count = local.create_dlq ? 1 : 0

  queue_url = aws_sqs_queue.dlq[0].id
  redrive_allow_policy = jsonencode({
    redrivePermission = "byQueue"
    sourceQueueArns   = [aws_sqs_queue.this.arn]
  })
}

resource "aws_sqs_queue_policy" "sns" {
  count = length(var.allowed_sns_topic_arns) > 0 ? 1 : 0

  queue_url = aws_sqs_queue.this.id
  policy    = <<-EOT
    {
      "Version": "2012-10-17",
      "Statement": [
        {
          "Sid": "AllowSnsPublish",
          "Effect": "Allow",
          "Principal": { "Service": "sns.amazonaws.com" },
          "Action": "sqs:SendMessage",
          "Resource": "${aws_sqs_queue.this.arn}",
          "Condition": { "ArnEquals": { "aws:SourceArn": ${jsonencode(var.allowed_sns_topic_arns)} } }
        }
      ]
    }
  EOT
}
