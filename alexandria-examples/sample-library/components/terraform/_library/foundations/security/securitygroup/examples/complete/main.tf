# Example "complete" of the securitygroup module (Security Group).
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
      example = "securitygroup/complete"
    }
  }
}

module "network" {
  source = "../../../../../foundations/networking/vpc-standard"

  name = "example"
  azs  = ["eu-west-1a", "eu-west-1b"]
}

module "securitygroup" {
  source = "../.."

  name        = "orders-api"
  description = "Orders API tasks"
  vpc_id      = module.network.vpc_id

  named_ingress             = ["https-443-tcp"]
  named_ingress_cidr_blocks = ["10.0.0.0/16"]

  ingress_rules = [
    {
      description    = "Metrics scraping from the shared Prometheus"
      from_port      = 9100
      to_port        = 9100
      prefix_list_id = "pl-0f1e2d3c4b5a69788"
    },
  ]

  ingress_self     = true
  allow_all_egress = true
}

output "security_group_id" {
  description = "ID of the security group."
  value       = module.securitygroup.security_group_id
}
