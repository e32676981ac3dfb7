# Example "minimal" of the s3-basic module (Basic S3 Bucket).
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
      example = "s3-basic/minimal"
    }
  }
}

module "s3_basic" {
  source = "../.."

  bucket_name = "acme-team-scratch-dev"
}

output "bucket_id" {
  description = "Name of the bucket."
  value       = module.s3_basic.bucket_id
}
