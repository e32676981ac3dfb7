variable "firehose_enabled" {
  type        = bool
  default     = false
  description = "Create a Kinesis Firehose destination for the Firewall Manager logs."
}

resource "aws_fms_admin_account" "default" {
  account_id = "123456789012"
}

resource "aws_fms_policy" "waf" {
  name = "waf"
}

resource "aws_kinesis_firehose_delivery_stream" "fms" {
  count       = var.firehose_enabled ? 1 : 0
  name        = "aws-fms-logs"
  destination = "extended_s3"
}

output "admin_account" {
  value = aws_fms_admin_account.default
}

module "firehose_s3_bucket" {
  source = "../../../data/storage/acme-s3-bucket"
}
