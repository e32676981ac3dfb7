data "aws_caller_identity" "current" {}
data "aws_partition" "current" {}
data "aws_region" "current" {}

locals {
  create_bucket = var.s3_bucket_name == null
  bucket_name   = local.create_bucket ? "${var.name}-cloudtrail-${data.aws_caller_identity.current.account_id}" : var.s3_bucket_name
  trail_arn     = "arn:${data.aws_partition.current.partition}:cloudtrail:${data.aws_region.current.name}:${data.aws_caller_identity.current.account_id}:trail/${var.name}"
  key_prefix    = var.s3_key_prefix == null ? "" : "${var.s3_key_prefix}/"

  common_tags = merge(var.tags, {
    "managed-by" = "terraform"
    "module"     = "cloudtrail"
  })
}

# ---------------------------------------------------------------------------
# Log bucket
# ---------------------------------------------------------------------------

resource "aws_s3_bucket" "this" {
  count = local.create_bucket ? 1 : 0

  bucket = local.bucket_name

  tags = local.common_tags
}

resource "aws_s3_bucket_public_access_block" "this" {
  count = local.create_bucket ? 1 : 0

  bucket                  = aws_s3_bucket.this[0].id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_server_side_encryption_configuration" "this" {
  count = local.create_bucket ? 1 : 0

  bucket = aws_s3_bucket.this[0].id

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = var.kms_key_arn == null ? "AES256" : "aws:kms"
      kms_master_key_id = var.kms_key_arn
    }
    bucket_key_enabled = var.kms_key_arn != null
  }
}

resource "aws_s3_bucket_lifecycle_configuration" "this" {
  count = local.create_bucket && var.log_bucket_retention_days > 0 ? 1 : 0

  bucket = aws_s3_bucket.this[0].id

  rule {
    id     = "expire-trail-logs"
    status = "Enabled"

    filter {}

    transition {
      days          = 90
      storage_class = "GLACIER_IR"
    }

    expiration {
      days = var.log_bucket_retention_days
    }
  }
}

resource "aws_s3_bucket_policy" "this" {
  count = local.create_bucket ? 1 : 0

  bucket = aws_s3_bucket.this[0].id
  policy = <<-EOT
    {
      "Version": "2012-10-17",
      "Statement": [
        {
          "Sid": "AWSCloudTrailAclCheck",
          "Effect": "Allow",
          "Principal": { "Service": "cloudtrail.amazonaws.com" },
          "Action": "s3:GetBucketAcl",
          "Resource": "${aws_s3_bucket.this[0].arn}",
          "Condition": { "StringEquals": { "aws:SourceArn": "${local.trail_arn}" } }
        },
        {
          "Sid": "AWSCloudTrailWrite",
          "Effect": "Allow",
          "Principal": { "Service": "cloudtrail.amazonaws.com" },
          "Action": "s3:PutObject",
          "Resource": "${aws_s3_bucket.this[0].arn}/${local.key_prefix}AWSLogs/*",
          "Condition": {
            "StringEquals": {
              "s3:x-amz-acl": "bucket-owner-full-control",
              "aws:SourceArn": "${local.trail_arn}"
            }
          }
        },
        {
          "Sid": "DenyInsecureTransport",
          "Effect": "Deny",
          "Principal": "*",
          "Action": "s3:*",
          "Resource": ["${aws_s3_bucket.this[0].arn}", "${aws_s3_bucket.this[0].arn}/*"],
          "Condition": { "Bool": { "aws:SecureTransport": "false" } }
        }
      ]
    }
  EOT

  depends_on = [aws_s3_bucket_public_access_block.this]
}

# ---------------------------------------------------------------------------
# CloudWatch Logs delivery
# ---------------------------------------------------------------------------

resource "aws_cloudwatch_log_group" "this" {
  count = var.cloudwatch_logs_enabled ? 1 : 0

  name              = "/aws/cloudtrail/${var.name}"
  retention_in_days = var.cloudwatch_log_retention_days
  kms_key_id        = var.kms_key_arn

  tags = local.common_tags
}

resource "aws_iam_role" "cloudwatch" {
  count = var.cloudwatch_logs_enabled ? 1 : 0

  name_prefix = "${substr(var.name, 0, 30)}-trail-cwl-"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "cloudtrail.amazonaws.com" }
      Action    = "sts:AssumeRole"
    }]
  })

  tags = local.common_tags
}

resource "aws_iam_role_policy" "cloudwatch" {
  count = var.cloudwatch_logs_enabled ? 1 : 0

  name = "deliver-to-cloudwatch-logs"
  role = aws_iam_role.cloudwatch[0].id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["logs:CreateLogStream", "logs:PutLogEvents"]
      Resource = "${aws_cloudwatch_log_group.this[0].arn}:log-stream:*"
    }]
  })
}

# ---------------------------------------------------------------------------
# Trail
# ---------------------------------------------------------------------------

resource "aws_cloudtrail" "this" {
  name                          = var.name
  s3_bucket_name                = local.bucket_name
  s3_key_prefix                 = var.s3_key_prefix
  is_multi_region_trail         = var.is_multi_region_trail
  is_organization_trail         = var.is_organization_trail
  include_global_service_events = var.include_global_service_events
  enable_log_file_validation    = var.enable_log_file_validation
  kms_key_id                    = var.kms_key_arn
  cloud_watch_logs_group_arn    = var.cloudwatch_logs_enabled ? "${aws_cloudwatch_log_group.this[0].arn}:*" : null
  cloud_watch_logs_role_arn     = var.cloudwatch_logs_enabled ? aws_iam_role.cloudwatch[0].arn : null

  dynamic "event_selector" {
    for_each = length(var.s3_data_event_bucket_arns) > 0 || var.log_all_lambda_invocations ? [1] : []
    content {
      read_write_type           = "All"
      include_management_events = true

      dynamic "data_resource" {
        for_each = length(var.s3_data_event_bucket_arns) > 0 ? [1] : []
        content {
          type   = "AWS::S3::Object"
          values = [for arn in var.s3_data_event_bucket_arns : "${arn}/"]
        }
      }

      dynamic "data_resource" {
        for_each = var.log_all_lambda_invocations ? [1] : []
        content {
          type   = "AWS::Lambda::Function"
          values = ["arn:${data.aws_partition.current.partition}:lambda"]
        }
      }
    }
  }

  dynamic "insight_selector" {
    for_each = toset(var.insight_types)
    content {
      insight_type = insight_selector.value
    }
  }

  tags = local.common_tags

  depends_on = [aws_s3_bucket_policy.this, aws_iam_role_policy.cloudwatch]
}
