# Example "object-lock" of the s3-advanced module (Advanced S3 Bucket).
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
      example = "s3-advanced/object-lock"
    }
  }
}

module "s3_advanced" {
  source = "../.."

  bucket_name = "acme-audit-evidence"
  object_lock = {
    mode  = "COMPLIANCE"
    years = 7
  }
}

output "bucket_arn" {
  description = "ARN of the bucket."
  value       = module.s3_advanced.bucket_arn
}
