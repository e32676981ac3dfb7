# Example "complete" of the web-app-ecs module (Web Application on ECS).
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
      example = "web-app-ecs/complete"
    }
  }
}

module "web_app_ecs" {
  source = "../.."

  name            = "storefront"
  environment     = "prod"
  vpc_cidr        = "10.40.0.0/16"
  azs             = ["eu-west-1a", "eu-west-1b", "eu-west-1c"]
  container_image = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/storefront:3.2.0"
  certificate_arn = "arn:aws:acm:eu-west-1:123456789012:certificate/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b"
  cpu             = 1024
  memory          = 2048
  min_tasks       = 3
  max_tasks       = 15

  db_instance_class    = "db.r7g.large"
  db_allocated_storage = 200

  app_environment = {
    FEATURE_RECOMMENDATIONS = "on"
  }
}

output "url" {
  description = "HTTPS URL of the load balancer; point a DNS alias at alb_dns_name for a friendly name."
  value       = module.web_app_ecs.url
}

output "database_endpoint" {
  description = "Endpoint of the PostgreSQL database."
  value       = module.web_app_ecs.database_endpoint
}
