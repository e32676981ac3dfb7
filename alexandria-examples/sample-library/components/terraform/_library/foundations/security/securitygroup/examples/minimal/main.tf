# Example "minimal" of the securitygroup module (Security Group).
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
      example = "securitygroup/minimal"
    }
  }
}

module "securitygroup" {
  source = "../.."

  name   = "orders-db-clients"
  vpc_id = "vpc-0a1b2c3d4e5f67890"
}

output "security_group_id" {
  description = "ID of the security group."
  value       = module.securitygroup.security_group_id
}
