# Example "complete" of the secretsmanager module (Secrets Manager Secret).
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
      example = "secretsmanager/complete"
    }
  }
}

module "secretsmanager" {
  source = "../.."

  name        = "payments/prod/stripe-api-key"
  description = "Stripe restricted key used by payments-api"
  kms_key_arn = "arn:aws:kms:eu-west-1:123456789012:key/8f0e3a4b-1c2d-4e5f-9a8b-7c6d5e4f3a2b"
  reader_arns = ["arn:aws:iam::123456789012:role/payments/app"]

  replica_regions = {
    "eu-central-1" = ""
  }
}

output "secret_arn" {
  description = "ARN of the secret; grant secretsmanager:GetSecretValue on it."
  value       = module.secretsmanager.secret_arn
}
