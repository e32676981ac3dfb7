# Example "complete" of the rds-aurora module (Aurora Cluster).
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
      example = "rds-aurora/complete"
    }
  }
}

module "network" {
  source = "../../../../../foundations/networking/vpc-standard"

  name                  = "example"
  database_subnet_cidrs = ["10.0.200.0/24", "10.0.201.0/24"]
  azs                   = ["eu-west-1a", "eu-west-1b"]
}

module "rds_aurora" {
  source = "../.."

  cluster_identifier = "ledger-prod"
  engine             = "aurora-postgresql"
  engine_version     = "16.4"
  instance_count     = 3
  instance_class     = "db.serverless"
  serverless_scaling = { min_capacity = 2, max_capacity = 64 }
  storage_type       = "aurora-iopt1"

  vpc_id                     = module.network.vpc_id
  subnet_ids                 = module.network.database_subnet_ids
  allowed_security_group_ids = ["sg-0123456789abcdef0"]

  cluster_parameters = {
    "rds.force_ssl" = "1"
  }
}

output "writer_endpoint" {
  description = "Cluster (writer) endpoint."
  value       = module.rds_aurora.writer_endpoint
}

output "reader_endpoint" {
  description = "Load-balanced reader endpoint."
  value       = module.rds_aurora.reader_endpoint
}
