# Example "minimal" of the eks-addons module (EKS Add-ons).
# terraform init && terraform plan

terraform {
  required_version = ">= 1.5.0"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 5.40, < 6.0"
    }
  }
}

provider "aws" {
  region = "eu-west-1"

  default_tags {
    tags = {
      project = "alexandria-examples"
      example = "eks-addons/minimal"
    }
  }
}

module "eks_addons" {
  source = "../.."

  cluster_name      = "platform-dev"
  cluster_version   = "1.31"
  oidc_provider_arn = "arn:aws:iam::123456789012:oidc-provider/oidc.eks.eu-west-1.amazonaws.com/id/5C9C1A2B3D4E5F60718293A4B5C6D7E8"
}

output "addon_versions" {
  description = "Installed version of every managed add-on, by name."
  value       = module.eks_addons.addon_versions
}
