# Example "minimal" of the guardduty module (GuardDuty Detector).
# terraform init && terraform plan

terraform {
  required_version = ">= 1.5.0"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 5.40, < 6.0"
    }
  }
}

provider "aws" {
  region = "eu-west-1"

  default_tags {
    tags = {
      project = "alexandria-examples"
      example = "guardduty/minimal"
    }
  }
}

module "guardduty" {
  source = "../.."
}

output "detector_id" {
  description = "ID of the GuardDuty detector."
  value       = module.guardduty.detector_id
}
