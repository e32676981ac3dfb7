# Example "complete" of the guardduty module (GuardDuty Detector).
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
      example = "guardduty/complete"
    }
  }
}

module "guardduty" {
  source = "../.."

  enable_runtime_monitoring = true
  alert_topic_arn           = "arn:aws:sns:eu-west-1:123456789012:security-alerts"
  alert_min_severity        = 7
}

output "detector_id" {
  description = "ID of the GuardDuty detector."
  value       = module.guardduty.detector_id
}

output "enabled_features" {
  description = "Protection plans that are enabled."
  value       = module.guardduty.enabled_features
}
