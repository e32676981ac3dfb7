# Example "minimal" of the vpc-standard module (Standard VPC).
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
      example = "vpc-standard/minimal"
    }
  }
}

module "vpc_standard" {
  source = "../.."

  name               = "team-dev"
  azs                = ["eu-west-1a", "eu-west-1b"]
  single_nat_gateway = true
}

output "vpc_id" {
  description = "ID of the VPC."
  value       = module.vpc_standard.vpc_id
}

output "private_subnet_ids" {
  description = "IDs of the private application subnets, in availability-zone order."
  value       = module.vpc_standard.private_subnet_ids
}
