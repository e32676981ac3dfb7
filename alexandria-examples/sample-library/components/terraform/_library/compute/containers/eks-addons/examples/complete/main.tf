# Example "complete" of the eks-addons module (EKS Add-ons).
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
      example = "eks-addons/complete"
    }
  }
}

module "cluster" {
  source = "../../../eks-standard"

  cluster_name = "platform-dev"
  vpc_id       = "vpc-0a1b2c3d4e5f67890"
  subnet_ids   = ["subnet-0aa11bb22cc33dd44", "subnet-0ee55ff66aa77bb88"]
}

module "eks_addons" {
  source = "../.."

  cluster_name      = module.cluster.cluster_name
  cluster_version   = module.cluster.cluster_version
  oidc_provider_arn = module.cluster.oidc_provider_arn

  enable_network_policy = true
  coredns_replicas      = 3
  ebs_csi_kms_key_arn   = module.cluster.kms_key_arn

  addon_versions = {
    coredns = "v1.11.3-eksbuild.2"
  }

  additional_addons = {
    amazon-cloudwatch-observability = {}
  }
}

output "addon_versions" {
  description = "Installed version of every managed add-on, by name."
  value       = module.eks_addons.addon_versions
}
