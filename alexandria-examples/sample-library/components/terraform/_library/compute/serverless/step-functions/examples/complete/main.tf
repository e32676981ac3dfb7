# Example "complete" of the step-functions module (Step Functions State Machine).
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
      example = "step-functions/complete"
    }
  }
}

module "step_functions" {
  source = "../.."

  name = "order-fulfilment"
  type = "STANDARD"

  definition = jsonencode({
    Comment = "Reserve stock, charge, then ship"
    StartAt = "ReserveStock"
    States = {
      ReserveStock = {
        Type     = "Task"
        Resource = "arn:aws:states:::lambda:invoke"
        Parameters = {
          FunctionName = "arn:aws:lambda:eu-west-1:123456789012:function:reserve-stock"
          "Payload.$"  = "$"
        }
        Next = "Charge"
      }
      Charge = {
        Type     = "Task"
        Resource = "arn:aws:states:::lambda:invoke"
        Parameters = {
          FunctionName = "arn:aws:lambda:eu-west-1:123456789012:function:charge-payment"
          "Payload.$"  = "$"
        }
        End = true
      }
    }
  })

  lambda_function_arns = [
    "arn:aws:lambda:eu-west-1:123456789012:function:reserve-stock",
    "arn:aws:lambda:eu-west-1:123456789012:function:charge-payment",
  ]

  log_level = "ALL"
}

output "state_machine_arn" {
  description = "ARN of the state machine."
  value       = module.step_functions.state_machine_arn
}
