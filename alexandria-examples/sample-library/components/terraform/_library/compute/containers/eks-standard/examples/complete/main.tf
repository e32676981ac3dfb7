# Example "complete" of the eks-standard module (Standard EKS Cluster).
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
      example = "eks-standard/complete"
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

  cluster_name       = "platform-prod"
  kubernetes_version = "1.31"
  vpc_id             = module.network.vpc_id
  subnet_ids         = module.network.private_subnet_ids

  endpoint_public_access = true
  public_access_cidrs    = ["203.0.113.0/24"]

  access_entries = {
    platform-admins = {
      principal_arn = "arn:aws:iam::123456789012:role/platform/platform-admin"
      policy_arn    = "arn:aws:eks::aws:cluster-access-policy/AmazonEKSClusterAdminPolicy"
    }
    payments-developers = {
      principal_arn = "arn:aws:iam::123456789012:role/teams/payments-developer"
      policy_arn    = "arn:aws:eks::aws:cluster-access-policy/AmazonEKSEditPolicy"
      namespaces    = ["payments"]
    }
  }

  node_groups = {
    general = {
      min_size     = 3
      max_size     = 9
      desired_size = 3
    }
    batch-spot = {
      instance_types = ["c7g.xlarge", "c6g.xlarge"]
      capacity_type  = "SPOT"
      min_size       = 0
      max_size       = 20
      desired_size   = 0
      labels         = { workload = "batch" }
      taints         = [{ key = "workload", value = "batch", effect = "NO_SCHEDULE" }]
    }
  }
}

output "cluster_name" {
  description = "Name of the EKS cluster."
  value       = module.eks_standard.cluster_name
}

output "cluster_endpoint" {
  description = "Endpoint of the Kubernetes API server."
  value       = module.eks_standard.cluster_endpoint
}

output "oidc_provider_arn" {
  description = "ARN of the IAM OIDC provider for IRSA, or null when IRSA is off."
  value       = module.eks_standard.oidc_provider_arn
}
