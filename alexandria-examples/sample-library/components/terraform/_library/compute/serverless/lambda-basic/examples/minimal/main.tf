# Example "minimal" of the lambda-basic module (Basic Lambda Function).
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
      example = "lambda-basic/minimal"
    }
  }
}

module "lambda_basic" {
  source = "../.."

  function_name = "hello-platform"
  source_dir    = "${path.module}/src"
}

output "function_name" {
  description = "Name of the Lambda function."
  value       = module.lambda_basic.function_name
}
