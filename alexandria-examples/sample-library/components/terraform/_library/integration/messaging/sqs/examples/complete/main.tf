# Example "complete" of the sqs module (SQS Queue).
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
      example = "sqs/complete"
    }
  }
}

module "sqs" {
  source = "../.."

  name                       = "invoice-requests"
  visibility_timeout_seconds = 360
  max_receive_count          = 3
  kms_key_arn                = "arn:aws:kms:eu-west-1:123456789012:key/8f0e3a4b-1c2d-4e5f-9a8b-7c6d5e4f3a2b"
  allowed_sns_topic_arns     = ["arn:aws:sns:eu-west-1:123456789012:order-events"]
}

output "queue_url" {
  description = "URL of the queue."
  value       = module.sqs.queue_url
}

output "dlq_arn" {
  description = "ARN of the dead-letter queue, or null."
  value       = module.sqs.dlq_arn
}
