# Example "complete" of the cloudtrail module (CloudTrail Trail).
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
      example = "cloudtrail/complete"
    }
  }
}

module "cloudtrail" {
  source = "../.."

  name                      = "org-audit"
  is_organization_trail     = true
  kms_key_arn               = "arn:aws:kms:eu-west-1:123456789012:key/8f0e3a4b-1c2d-4e5f-9a8b-7c6d5e4f3a2b"
  log_bucket_retention_days = 2557
  s3_data_event_bucket_arns = ["arn:aws:s3:::acme-audit-evidence"]
  insight_types             = ["ApiCallRateInsight", "ApiErrorRateInsight"]
}

output "trail_arn" {
  description = "ARN of the trail."
  value       = module.cloudtrail.trail_arn
}

output "s3_bucket_name" {
  description = "Bucket receiving the log files."
  value       = module.cloudtrail.s3_bucket_name
}
