# Example "complete" of the s3-basic module (Basic S3 Bucket).
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
      example = "s3-basic/complete"
    }
  }
}

module "s3_basic" {
  source = "../.."

  bucket_name                        = "acme-payments-exports-prod"
  versioning_enabled                 = true
  kms_key_arn                        = "arn:aws:kms:eu-west-1:123456789012:key/8f0e3a4b-1c2d-4e5f-9a8b-7c6d5e4f3a2b"
  noncurrent_version_expiration_days = 30

  tags = {
    team           = "payments"
    classification = "confidential"
  }
}

output "bucket_arn" {
  description = "ARN of the bucket."
  value       = module.s3_basic.bucket_arn
}
