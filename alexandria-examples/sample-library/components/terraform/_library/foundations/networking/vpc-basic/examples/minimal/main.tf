# Example "minimal" of the vpc-basic module (Basic VPC).
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
      example = "vpc-basic/minimal"
    }
  }
}

module "vpc_basic" {
  source = "../.."

  name = "sandbox"
}

output "vpc_id" {
  description = "ID of the VPC."
  value       = module.vpc_basic.vpc_id
}
