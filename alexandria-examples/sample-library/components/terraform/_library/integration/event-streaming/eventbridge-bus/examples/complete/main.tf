# Example "complete" of the eventbridge-bus module (EventBridge Event Bus).
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
      example = "eventbridge-bus/complete"
    }
  }
}

module "eventbridge_bus" {
  source = "../.."

  bus_name               = "orders"
  description            = "Domain events of the orders bounded context"
  producer_account_ids   = ["210987654321"]
  archive_retention_days = 30
  dead_letter_queue_arn  = "arn:aws:sqs:eu-west-1:123456789012:orders-events-dlq"

  rules = {
    order-placed-to-invoicing = {
      description   = "OrderPlaced events start invoicing"
      event_pattern = jsonencode({ source = ["acme.orders"], "detail-type" = ["OrderPlaced"] })
      target_arn    = "arn:aws:sqs:eu-west-1:123456789012:invoice-requests"
    }
  }
}

output "bus_arn" {
  description = "ARN of the event bus."
  value       = module.eventbridge_bus.bus_arn
}

output "rule_arns" {
  description = "ARNs of the rules, by name."
  value       = module.eventbridge_bus.rule_arns
}
