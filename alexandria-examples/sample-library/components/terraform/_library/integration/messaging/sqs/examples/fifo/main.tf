# Example "fifo" of the sqs module (SQS Queue).
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
      example = "sqs/fifo"
    }
  }
}

module "sqs" {
  source = "../.."

  name       = "ledger-postings"
  fifo_queue = true
}

output "queue_arn" {
  description = "ARN of the queue."
  value       = module.sqs.queue_arn
}
