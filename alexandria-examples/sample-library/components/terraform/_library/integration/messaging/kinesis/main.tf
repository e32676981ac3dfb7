locals {
  common_tags = merge(var.tags, {
    "managed-by" = "terraform"
    "module"     = "kinesis"
  })
}

resource "aws_kinesis_stream" "this" {
  name                = var.name
  shard_count         = var.stream_mode == "PROVISIONED" ? var.shard_count : null
  retention_period    = var.retention_period
  encryption_type     = "KMS"
  kms_key_id          = var.kms_key_arn
  shard_level_metrics = var.shard_level_metrics

  stream_mode_details {
    stream_mode = var.stream_mode
  }

  tags = local.common_tags
}

resource "aws_kinesis_stream_consumer" "this" {
  for_each = toset(var.enhanced_fan_out_consumers)

  name       = each.value
  stream_arn = aws_kinesis_stream.this.arn
}
