# Example "minimal" of the cloudwatch-logs module (CloudWatch Log Groups).
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
      example = "cloudwatch-logs/minimal"
    }
  }
}

module "cloudwatch_logs" {
  source = "../.."

  log_groups = {
    "/app/payments/api" = {}
  }
}

output "log_group_arns" {
  description = "ARNs of the log groups, by name."
  value       = module.cloudwatch_logs.log_group_arns
}
