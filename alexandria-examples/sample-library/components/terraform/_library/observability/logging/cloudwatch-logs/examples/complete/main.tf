# Example "complete" of the cloudwatch-logs module (CloudWatch Log Groups).
# terraform init && terraform plan

terraform {
  required_version = ">= 1.5.0"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 5.0, < 6.0"
    }
  }
}

provider "aws" {
  region = "eu-west-1"

  default_tags {
    tags = {
      project = "alexandria-examples"
      example = "cloudwatch-logs/complete"
    }
  }
}

module "cloudwatch_logs" {
  source = "../.."

  log_groups = {
    "/app/payments/api"    = { retention_in_days = 90 }
    "/app/payments/worker" = {}
    "/app/payments/audit"  = { retention_in_days = 731, skip_destroy = true }
    "/app/payments/debug"  = { retention_in_days = 7, log_group_class = "INFREQUENT_ACCESS" }
  }

  kms_key_arn = "arn:aws:kms:eu-west-1:123456789012:key/8f0e3a4b-1c2d-4e5f-9a8b-7c6d5e4f3a2b"

  metric_filters = {
    payments-api-5xx = {
      log_group   = "/app/payments/api"
      pattern     = "{ $.status >= 500 }"
      metric_name = "Http5xx"
      namespace   = "Payments/Api"
    }
  }

  subscription_destination_arn = "arn:aws:firehose:eu-west-1:123456789012:deliverystream/central-logs"
  subscription_role_arn        = "arn:aws:iam::123456789012:role/platform/cwl-to-firehose"
}

output "log_group_arns" {
  description = "ARNs of the log groups, by name."
  value       = module.cloudwatch_logs.log_group_arns
}

output "metric_names" {
  description = "Namespace/name of the metrics produced by the metric filters, by filter name."
  value       = module.cloudwatch_logs.metric_names
}
