# Example "complete" of the waf module (WAF Web ACL).
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
      example = "waf/complete"
    }
  }
}

module "waf" {
  source = "../.."

  name  = "storefront-prod"
  scope = "REGIONAL"

  managed_rule_groups = [
    { name = "AWSManagedRulesCommonRuleSet", priority = 10, rules_to_count = ["SizeRestrictions_BODY"] },
    { name = "AWSManagedRulesKnownBadInputsRuleSet", priority = 20 },
    { name = "AWSManagedRulesSQLiRuleSet", priority = 30 },
    { name = "AWSManagedRulesBotControlRuleSet", priority = 40, count_only = true },
  ]

  rate_limit          = 1000
  ip_allowlist        = ["203.0.113.0/24"]
  geo_block_countries = ["KP", "IR"]

  associate_resource_arns = ["arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/app/storefront-prod/50dc6c495c0c9188"]
}

output "web_acl_arn" {
  description = "ARN of the web ACL; pass it to CloudFront's web_acl_id or to further associations."
  value       = module.waf.web_acl_arn
}

output "web_acl_capacity" {
  description = "Web ACL capacity units used by the configured rules (limit 5000)."
  value       = module.waf.web_acl_capacity
}
