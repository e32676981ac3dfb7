# Example "minimal" of the eks-standard module (Standard EKS Cluster).
# terraform init && terraform plan

terraform {
  required_version = ">= 1.6.0"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 5.61, < 6.0"
    }
  }
}

provider "aws" {
  region = "eu-west-1"

  default_tags {
    tags = {
      project = "alexandria-examples"
      example = "eks-standard/minimal"
    }
  }
}

module "network" {
  source = "../../../../../foundations/networking/vpc-standard"

  name = "example"
  azs  = ["eu-west-1a", "eu-west-1b"]
}

module "eks_standard" {
  source = "../.."

  cluster_name = "platform-prod"
  vpc_id       = module.network.vpc_id
  subnet_ids   = module.network.private_subnet_ids
}

output "cluster_name" {
  description = "Name of the EKS cluster."
  value       = module.eks_standard.cluster_name
}
