# Example "complete" of the vpc-standard module (Standard VPC).
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
      example = "vpc-standard/complete"
    }
  }
}

module "vpc_standard" {
  source = "../.."

  name                  = "payments-prod"
  cidr_block            = "10.20.0.0/16"
  azs                   = ["eu-west-1a", "eu-west-1b", "eu-west-1c"]
  database_subnet_cidrs = ["10.20.200.0/24", "10.20.201.0/24", "10.20.202.0/24"]
  single_nat_gateway    = false
  interface_endpoints   = ["ecr.api", "ecr.dkr", "logs", "sts", "secretsmanager"]
  enable_flow_logs      = true
  flow_log_traffic_type = "ALL"

  private_subnet_tags = {
    "kubernetes.io/role/internal-elb" = "1"
  }

  tags = {
    team        = "payments"
    environment = "prod"
  }
}

output "vpc_id" {
  description = "ID of the VPC."
  value       = module.vpc_standard.vpc_id
}

output "private_subnet_ids" {
  description = "IDs of the private application subnets, in availability-zone order."
  value       = module.vpc_standard.private_subnet_ids
}

output "database_subnet_group_name" {
  description = "Name of the RDS subnet group over the database subnets, or null when there is none."
  value       = module.vpc_standard.database_subnet_group_name
}

output "nat_gateway_public_ips" {
  description = "Elastic IP addresses of the NAT gateways (allow-list these with partners)."
  value       = module.vpc_standard.nat_gateway_public_ips
}
