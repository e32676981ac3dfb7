# Example "complete" of the iam-roles module (IAM Role).
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
      example = "iam-roles/complete"
    }
  }
}

module "iam_roles" {
  source = "../.."

  name        = "github-deploy-payments"
  description = "Assumed by GitHub Actions to deploy the payments stack"

  oidc_provider_arn = "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com"
  oidc_audience     = "sts.amazonaws.com"
  oidc_subjects     = ["repo:acme/payments:ref:refs/heads/main", "repo:acme/payments:environment:prod"]

  managed_policy_arns      = ["arn:aws:iam::123456789012:policy/platform/deploy-payments"]
  permissions_boundary_arn = "arn:aws:iam::123456789012:policy/platform/workload-boundary"
  max_session_duration     = 7200
}

output "role_arn" {
  description = "ARN of the IAM role."
  value       = module.iam_roles.role_arn
}
