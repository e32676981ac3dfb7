variable "firehose_buffer_size" {
  type        = number
  default     = 5
  description = "Buffer incoming log data of the WAF to the specified size before delivering it."
}

resource "aws_wafv2_web_acl" "main" {
  name  = "main"
  scope = "REGIONAL"
}

resource "aws_s3_bucket" "logs" {
  bucket = "waf-logs"
}

resource "aws_glue_catalog_database" "logs" {
  name = "waf_logs"
}

resource "aws_glue_catalog_table" "logs" {
  name          = "waf_logs"
  database_name = aws_glue_catalog_database.logs.name
}

resource "aws_kinesis_firehose_delivery_stream" "logs" {
  name        = "aws-waf-logs-main"
  destination = "extended_s3"
  extended_s3_configuration {
    bucket_arn  = aws_s3_bucket.logs.arn
    buffer_size = var.firehose_buffer_size
    data_format_conversion_configuration {
      schema_configuration {
        database_name = aws_glue_catalog_database.logs.name
        table_name    = aws_glue_catalog_table.logs.name
      }
    }
  }
}

resource "aws_wafv2_web_acl_logging_configuration" "main" {
  log_destination_configs = [aws_kinesis_firehose_delivery_stream.logs.arn]
  resource_arn            = aws_wafv2_web_acl.main.arn
}

output "web_acl_arn" {
  value = aws_wafv2_web_acl.main.arn
}
