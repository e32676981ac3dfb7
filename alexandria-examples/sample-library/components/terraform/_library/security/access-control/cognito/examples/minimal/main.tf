# Example "minimal" of the cognito module (Cognito User Pool).
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
      example = "cognito/minimal"
    }
  }
}

module "cognito" {
  source = "../.."

  user_pool_name      = "internal-tools"
  deletion_protection = false
}

output "user_pool_arn" {
  description = "ARN of the user pool (for API Gateway authorizers)."
  value       = module.cognito.user_pool_arn
}
