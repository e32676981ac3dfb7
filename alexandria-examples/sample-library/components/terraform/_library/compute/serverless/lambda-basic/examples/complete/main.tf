# Example "complete" of the lambda-basic module (Basic Lambda Function).
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
      example = "lambda-basic/complete"
    }
  }
}

module "lambda_basic" {
  source = "../.."

  function_name = "invoice-pdf-renderer"
  description   = "Renders invoice PDFs from order events"
  runtime       = "python3.12"
  handler       = "renderer.handler"
  source_dir    = "${path.module}/src"
  memory_size   = 1024
  timeout       = 60

  environment_variables = {
    OUTPUT_BUCKET = "acme-invoices-prod"
    LOG_LEVEL     = "INFO"
  }

  log_retention_days = 30
}

output "function_arn" {
  description = "ARN of the Lambda function."
  value       = module.lambda_basic.function_arn
}

output "role_name" {
  description = "Name of the execution role; attach further policies to it."
  value       = module.lambda_basic.role_name
}
