# Example "lambda-proxy" of the apigateway-rest module (API Gateway REST API).
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
      example = "apigateway-rest/lambda-proxy"
    }
  }
}

module "apigateway_rest" {
  source = "../.."

  name                 = "orders-api"
  lambda_invoke_arn    = "arn:aws:apigateway:eu-west-1:lambda:path/2015-03-31/functions/arn:aws:lambda:eu-west-1:123456789012:function:orders-api/invocations"
  lambda_function_name = "orders-api"
}

output "invoke_url" {
  description = "Invoke URL of the stage."
  value       = module.apigateway_rest.invoke_url
}
