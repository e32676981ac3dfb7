data "aws_region" "current" {}

locals {
  tags = merge(var.tags, {
    pipeline = var.name
    pattern  = "streaming-pipeline"
  })
}

module "key" {
  source = "../../../security/access-control/kms"

  alias              = "pipelines/${var.name}"
  description        = "Encrypts the ${var.name} stream, archive and dead letters"
  service_principals = ["firehose.amazonaws.com", "logs.${data.aws_region.current.name}.amazonaws.com"]

  tags = local.tags
}

module "stream" {
  source = "../../../integration/messaging/kinesis"

  name                = "${var.name}-ingest"
  stream_mode         = var.stream_mode
  shard_count         = var.shard_count
  retention_period    = var.retention_hours
  kms_key_arn         = module.key.key_arn
  shard_level_metrics = ["IncomingRecords", "IteratorAgeMilliseconds"]

  tags = local.tags
}

module "bucket" {
  source = "../../../data/storage/s3-advanced"

  bucket_name = var.bucket_name
  kms_key_arn = module.key.key_arn

  lifecycle_rules = [
    {
      id                         = "raw-archive"
      prefix                     = "raw/"
      transition_to_glacier_days = var.archive_transition_to_glacier_days
    },
    {
      id                    = "processed"
      prefix                = "processed/"
      transition_to_ia_days = 30
    },
  ]

  tags = local.tags
}

module "dead_letters" {
  source = "../../../integration/messaging/sqs"

  name                      = "${var.name}-failed-batches"
  max_receive_count         = 0
  message_retention_seconds = 1209600
  kms_key_arn               = module.key.key_arn

  tags = local.tags
}

# ---------------------------------------------------------------------------
# Processing
# ---------------------------------------------------------------------------

module "processor" {
  source = "../../../compute/serverless/lambda-basic"

  function_name = "${var.name}-processor"
  description   = "Transforms ${var.name} records and writes them to s3://${var.bucket_name}/processed/"
  source_dir    = var.processor_source_dir
  runtime       = var.processor_runtime
  handler       = var.processor_handler
  memory_size   = var.processor_memory_size
  timeout       = 120

  environment_variables = {
    OUTPUT_BUCKET = module.bucket.bucket_id
    OUTPUT_PREFIX = "processed/"
  }

  tags = local.tags
}

resource "aws_iam_role_policy" "processor" {
  name = "pipeline-access"
  role = module.processor.role_name
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid      = "ReadStream"
        Effect   = "Allow"
        Action   = ["kinesis:GetRecords", "kinesis:GetShardIterator", "kinesis:DescribeStream", "kinesis:DescribeStreamSummary", "kinesis:ListShards", "kinesis:ListStreams"]
        Resource = module.stream.stream_arn
      },
      {
        Sid      = "WriteProcessed"
        Effect   = "Allow"
        Action   = ["s3:PutObject"]
        Resource = "${module.bucket.bucket_arn}/processed/*"
      },
      {
        Sid      = "SendFailedBatches"
        Effect   = "Allow"
        Action   = ["sqs:SendMessage"]
        Resource = module.dead_letters.queue_arn
      },
      {
        Sid      = "UsePipelineKey"
        Effect   = "Allow"
        Action   = ["kms:Decrypt", "kms:GenerateDataKey"]
        Resource = module.key.key_arn
      },
    ]
  })
}

resource "aws_lambda_event_source_mapping" "processor" {
  event_source_arn                   = module.stream.stream_arn
  function_name                      = module.processor.function_arn
  starting_position                  = "LATEST"
  batch_size                         = var.batch_size
  maximum_batching_window_in_seconds = var.maximum_batching_window_in_seconds
  parallelization_factor             = var.parallelization_factor
  bisect_batch_on_function_error     = true
  maximum_retry_attempts             = 3
  function_response_types            = ["ReportBatchItemFailures"]

  destination_config {
    on_failure {
      destination_arn = module.dead_letters.queue_arn
    }
  }

  depends_on = [aws_iam_role_policy.processor]
}

# ---------------------------------------------------------------------------
# Raw archive
# ---------------------------------------------------------------------------

resource "aws_iam_role" "firehose" {
  count = var.raw_archive_enabled ? 1 : 0

  name_prefix = "${substr(var.name, 0, 28)}-firehose-"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "firehose.amazonaws.com" }
      Action    = "sts:AssumeRole"
    }]
  })

  tags = local.tags
}

resource "aws_iam_role_policy" "firehose" {
  count = var.raw_archive_enabled ? 1 : 0

  name   = "archive-raw-records"
  role   = aws_iam_role.firehose[0].id
  policy = <<-EOT
    {
      "Version": "2012-10-17",
      "Statement": [
        {
          "Effect": "Allow",
          "Action": ["kinesis:DescribeStream", "kinesis:GetShardIterator", "kinesis:GetRecords", "kinesis:ListShards"],
          "Resource": "${module.stream.stream_arn}"
        },
        {
          "Effect": "Allow",
          "Action": ["s3:AbortMultipartUpload", "s3:GetBucketLocation", "s3:GetObject", "s3:ListBucket", "s3:ListBucketMultipartUploads", "s3:PutObject"],
          "Resource": ["${module.bucket.bucket_arn}", "${module.bucket.bucket_arn}/raw/*", "${module.bucket.bucket_arn}/errors/*"]
        },
        {
          "Effect": "Allow",
          "Action": ["kms:Decrypt", "kms:GenerateDataKey"],
          "Resource": "${module.key.key_arn}"
        }
      ]
    }
  EOT
}

resource "aws_kinesis_firehose_delivery_stream" "archive" {
  count = var.raw_archive_enabled ? 1 : 0

  name        = "${var.name}-raw-archive"
  destination = "extended_s3"

  kinesis_source_configuration {
    kinesis_stream_arn = module.stream.stream_arn
    role_arn           = aws_iam_role.firehose[0].arn
  }

  extended_s3_configuration {
    role_arn            = aws_iam_role.firehose[0].arn
    bucket_arn          = module.bucket.bucket_arn
    prefix              = "raw/!{timestamp:yyyy/MM/dd/HH}/"
    error_output_prefix = "errors/!{firehose:error-output-type}/!{timestamp:yyyy/MM/dd}/"
    buffering_interval  = var.firehose_buffering_interval
    buffering_size      = var.firehose_buffering_size
    compression_format  = "GZIP"
    kms_key_arn         = module.key.key_arn
  }

  tags = local.tags

  depends_on = [aws_iam_role_policy.firehose]
}
