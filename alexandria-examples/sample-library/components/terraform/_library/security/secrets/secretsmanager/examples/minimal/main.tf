# Example "minimal" of the secretsmanager module (Secrets Manager Secret).
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
      example = "secretsmanager/minimal"
    }
  }
}

module "secretsmanager" {
  source = "../.."

  name = "payments/prod/stripe-api-key"
}

output "secret_arn" {
  description = "ARN of the secret; grant secretsmanager:GetSecretValue on it."
  value       = module.secretsmanager.secret_arn
}
