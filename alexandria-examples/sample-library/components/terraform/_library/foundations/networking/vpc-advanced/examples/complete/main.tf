# Example "complete" of the vpc-advanced module (Advanced VPC).
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
      example = "vpc-advanced/complete"
    }
  }
}

module "vpc_advanced" {
  source = "../.."

  name                  = "shared-services"
  cidr_block            = "10.0.0.0/16"
  secondary_cidr_blocks = ["100.64.0.0/16"]
  azs                   = ["eu-west-1a", "eu-west-1b", "eu-west-1c"]

  public_subnet_cidrs   = ["10.0.0.0/24", "10.0.1.0/24", "10.0.2.0/24"]
  private_subnet_cidrs  = ["10.0.16.0/20", "10.0.32.0/20", "10.0.48.0/20"]
  database_subnet_cidrs = ["10.0.200.0/24", "10.0.201.0/24", "10.0.202.0/24"]
  intra_subnet_cidrs    = ["10.0.250.0/26", "10.0.250.64/26", "10.0.250.128/26"]

  nat_gateway_strategy   = "per-az"
  transit_gateway_id     = "tgw-0c4f1e2d3b5a69870"
  transit_gateway_routes = ["10.128.0.0/9", "172.16.0.0/12"]

  interface_endpoints = {
    "ssm"         = {}
    "ssmmessages" = {}
    "ec2messages" = {}
    "sts"         = {}
  }

  dhcp_options = {
    domain_name = "shared.acme.internal"
    ntp_servers = ["169.254.169.123"]
  }

  flow_log_destination_type = "s3"
  flow_log_s3_bucket_arn    = "arn:aws:s3:::acme-central-flow-logs"

  tags = {
    team = "networking"
  }
}

output "vpc_id" {
  description = "ID of the VPC."
  value       = module.vpc_advanced.vpc_id
}

output "private_subnet_ids" {
  description = "IDs of the private application subnets."
  value       = module.vpc_advanced.private_subnet_ids
}

output "transit_gateway_attachment_id" {
  description = "ID of the transit gateway VPC attachment, or null."
  value       = module.vpc_advanced.transit_gateway_attachment_id
}
