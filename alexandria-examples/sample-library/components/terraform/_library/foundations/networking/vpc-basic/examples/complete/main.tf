# Example "complete" of the vpc-basic module (Basic VPC).
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
      example = "vpc-basic/complete"
    }
  }
}

module "vpc_basic" {
  source = "../.."

  name                    = "sandbox"
  cidr_block              = "10.10.0.0/16"
  azs                     = ["eu-west-1a", "eu-west-1b"]
  public_subnet_cidrs     = ["10.10.0.0/24", "10.10.1.0/24"]
  private_subnet_cidrs    = ["10.10.10.0/24", "10.10.11.0/24"]
  map_public_ip_on_launch = false

  tags = {
    team        = "developer-experience"
    cost-center = "cc-1042"
  }
}

output "vpc_id" {
  description = "ID of the VPC."
  value       = module.vpc_basic.vpc_id
}

output "public_subnet_ids" {
  description = "IDs of the public subnets, in availability-zone order."
  value       = module.vpc_basic.public_subnet_ids
}

output "private_subnet_ids" {
  description = "IDs of the private subnets, in availability-zone order."
  value       = module.vpc_basic.private_subnet_ids
}
