# Example "minimal" of the web-app-ecs module (Web Application on ECS).
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
      example = "web-app-ecs/minimal"
    }
  }
}

module "web_app_ecs" {
  source = "../.."

  name            = "team-demo"
  azs             = ["eu-west-1a", "eu-west-1b"]
  container_image = "public.ecr.aws/nginx/nginx:1.27"
  container_port  = 80
  certificate_arn = "arn:aws:acm:eu-west-1:123456789012:certificate/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b"
  enable_waf      = false
}

output "url" {
  description = "HTTPS URL of the load balancer; point a DNS alias at alb_dns_name for a friendly name."
  value       = module.web_app_ecs.url
}
