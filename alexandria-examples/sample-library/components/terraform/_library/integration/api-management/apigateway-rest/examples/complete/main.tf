# Example "complete" of the apigateway-rest module (API Gateway REST API).
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
      example = "apigateway-rest/complete"
    }
  }
}

module "apigateway_rest" {
  source = "../.."

  name                  = "catalog-api"
  description           = "Product catalog API"
  openapi_body          = file("${path.module}/openapi.yaml")
  stage_name            = "v1"
  cache_cluster_size    = "0.5"
  waf_acl_arn           = "arn:aws:wafv2:eu-west-1:123456789012:regional/webacl/catalog-api/a1b2c3d4-5678-90ab-cdef-111122223333"
  domain_name           = "api.catalog.acme.example"
  certificate_arn       = "arn:aws:acm:eu-west-1:123456789012:certificate/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b"
  throttling_rate_limit = 500
}

output "invoke_url" {
  description = "Invoke URL of the stage."
  value       = module.apigateway_rest.invoke_url
}

output "custom_domain_target" {
  description = "Regional domain name and zone id to alias the custom domain to, or null."
  value       = module.apigateway_rest.custom_domain_target
}
