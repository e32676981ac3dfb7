# Example "complete" of the web-app-serverless module (Serverless Web Application).
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
      example = "web-app-serverless/complete"
    }
  }
}

module "web_app_serverless" {
  source = "../.."

  name          = "loyalty"
  environment   = "staging"
  source_dir    = "${path.module}/src"
  memory_size   = 1024
  callback_urls = ["https://loyalty.staging.acme.example/callback"]

  app_environment = {
    POWERTOOLS_SERVICE_NAME = "loyalty-api"
  }
}

output "api_url" {
  description = "Invoke URL of the API stage."
  value       = module.web_app_serverless.api_url
}

output "user_pool_id" {
  description = "ID of the Cognito user pool, or null when auth is off."
  value       = module.web_app_serverless.user_pool_id
}

output "web_client_id" {
  description = "ID of the web app client, or null when auth is off."
  value       = module.web_app_serverless.web_client_id
}
