# Example "complete" of the s3-advanced module (Advanced S3 Bucket).
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
      example = "s3-advanced/complete"
    }
  }
}

module "s3_advanced" {
  source = "../.."

  bucket_name = "acme-datalake-raw-prod"
  kms_key_arn = "arn:aws:kms:eu-west-1:123456789012:key/8f0e3a4b-1c2d-4e5f-9a8b-7c6d5e4f3a2b"

  lifecycle_rules = [
    {
      id                         = "raw"
      prefix                     = "raw/"
      transition_to_ia_days      = 30
      transition_to_glacier_days = 180
      expiration_days            = 1825
    },
  ]

  replication = {
    destination_bucket_arn  = "arn:aws:s3:::acme-datalake-raw-dr"
    destination_kms_key_arn = "arn:aws:kms:eu-central-1:123456789012:key/1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d"
  }

  access_log_bucket         = "acme-s3-access-logs-eu-west-1"
  eventbridge_notifications = true
  read_principal_arns       = ["arn:aws:iam::123456789012:role/analytics/athena-readers"]
}

output "bucket_arn" {
  description = "ARN of the bucket."
  value       = module.s3_advanced.bucket_arn
}

output "replication_role_arn" {
  description = "ARN of the replication role, or null when replication is off."
  value       = module.s3_advanced.replication_role_arn
}
