# Example "complete" of the kms module (KMS Key).
# terraform init && terraform plan

terraform {
  required_version = ">= 1.5.0"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 5.46, < 6.0"
    }
  }
}

provider "aws" {
  region = "eu-west-1"

  default_tags {
    tags = {
      project = "alexandria-examples"
      example = "kms/complete"
    }
  }
}

module "kms" {
  source = "../.."

  alias                   = "payments/data"
  description             = "Encrypts payments databases, buckets and queues"
  rotation_period_in_days = 180
  key_administrator_arns  = ["arn:aws:iam::123456789012:role/platform/security-admin"]
  key_user_arns           = ["arn:aws:iam::123456789012:role/payments/app"]
  via_services            = ["s3.eu-west-1.amazonaws.com", "rds.eu-west-1.amazonaws.com", "sqs.eu-west-1.amazonaws.com"]
  service_principals      = ["logs.eu-west-1.amazonaws.com"]
}

output "key_arn" {
  description = "ARN of the key; use it (not the alias) in resource encryption settings."
  value       = module.kms.key_arn
}

output "alias_name" {
  description = "Full alias name (alias/...)."
  value       = module.kms.alias_name
}
