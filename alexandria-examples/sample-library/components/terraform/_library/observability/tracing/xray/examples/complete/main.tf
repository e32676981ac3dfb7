# Example "complete" of the xray module (X-Ray Sampling and Groups).
# terraform init && terraform plan

terraform {
  required_version = ">= 1.6.0"

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
      example = "xray/complete"
    }
  }
}

module "xray" {
  source = "../.."

  sampling_rules = {
    "health-checks" = { priority = 100, fixed_rate = 0, url_path = "/healthz" }
    "payments-api"  = { priority = 200, fixed_rate = 0.2, service_name = "payments-api" }
    "default"       = { priority = 9000, fixed_rate = 0.05 }
  }

  groups = {
    payments = "service(\"payments-api\") OR service(\"payments-worker\")"
  }

  insights_notifications = true
}

output "group_arns" {
  description = "ARNs of the groups, by name."
  value       = module.xray.group_arns
}
