# Example "minimal" of the sns module (SNS Topic).
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
      example = "sns/minimal"
    }
  }
}

module "sns" {
  source = "../.."

  name = "platform-alerts"
}

output "topic_arn" {
  description = "ARN of the topic."
  value       = module.sns.topic_arn
}
