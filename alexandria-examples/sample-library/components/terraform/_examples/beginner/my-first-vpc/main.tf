# My first VPC: a two-zone network for experiments, built from the library's vpc-basic module.
# No NAT gateways, so it costs nothing while it sits idle.
#
#   terraform init
#   terraform plan
#   terraform apply

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
      owner   = "your-team"
      purpose = "learning"
    }
  }
}

data "aws_availability_zones" "available" {
  state = "available"
}

module "vpc" {
  source = "../../../_library/foundations/networking/vpc-basic"

  name = "my-first-vpc"
  azs  = slice(data.aws_availability_zones.available.names, 0, 2)
}

output "vpc_id" {
  description = "ID of your new VPC."
  value       = module.vpc.vpc_id
}

output "public_subnet_ids" {
  description = "Public subnets; instances here can reach the internet through the internet gateway."
  value       = module.vpc.public_subnet_ids
}
