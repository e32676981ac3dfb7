# Example "minimal" of the vpc-advanced module (Advanced VPC).
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
      example = "vpc-advanced/minimal"
    }
  }
}

module "vpc_advanced" {
  source = "../.."

  name = "shared-services"
  azs  = ["eu-west-1a", "eu-west-1b", "eu-west-1c"]
}

output "vpc_id" {
  description = "ID of the VPC."
  value       = module.vpc_advanced.vpc_id
}
