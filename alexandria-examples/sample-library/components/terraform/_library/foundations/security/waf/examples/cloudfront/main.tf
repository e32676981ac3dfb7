# Example "cloudfront" of the waf module (WAF Web ACL).
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
  region = "us-east-1"

  default_tags {
    tags = {
      project = "alexandria-examples"
      example = "waf/cloudfront"
    }
  }
}

module "waf" {
  source = "../.."

  name           = "marketing-site"
  scope          = "CLOUDFRONT"
  default_action = "allow"
  rate_limit     = 500
}

output "web_acl_arn" {
  description = "ARN of the web ACL; pass it to CloudFront's web_acl_id or to further associations."
  value       = module.waf.web_acl_arn
}
