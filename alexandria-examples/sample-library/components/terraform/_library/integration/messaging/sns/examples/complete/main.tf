# Example "complete" of the sns module (SNS Topic).
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
      example = "sns/complete"
    }
  }
}

module "sns" {
  source = "../.."

  name                         = "platform-alerts"
  display_name                 = "Platform Alerts"
  publisher_service_principals = ["cloudwatch.amazonaws.com", "events.amazonaws.com"]

  subscriptions = {
    oncall-email = {
      protocol = "email"
      endpoint = "platform-oncall@acme.example"
    }
    incident-queue = {
      protocol             = "sqs"
      endpoint             = "arn:aws:sqs:eu-west-1:123456789012:incident-intake"
      raw_message_delivery = true
      filter_policy        = jsonencode({ severity = ["critical", "high"] })
    }
  }
}

output "topic_arn" {
  description = "ARN of the topic."
  value       = module.sns.topic_arn
}
