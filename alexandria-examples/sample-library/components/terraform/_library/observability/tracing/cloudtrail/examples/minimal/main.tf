# Example "minimal" of the cloudtrail module (CloudTrail Trail).
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
      example = "cloudtrail/minimal"
    }
  }
}

module "cloudtrail" {
  source = "../.."

  name = "org-audit"
}

output "trail_arn" {
  description = "ARN of the trail."
  value       = module.cloudtrail.trail_arn
}
