# Example "complete" of the rds-postgres module (RDS PostgreSQL).
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
      example = "rds-postgres/complete"
    }
  }
}

module "network" {
  source = "../../../../../foundations/networking/vpc-standard"

  name                  = "example"
  database_subnet_cidrs = ["10.0.200.0/24", "10.0.201.0/24"]
  azs                   = ["eu-west-1a", "eu-west-1b"]
}

module "rds_postgres" {
  source = "../.."

  identifier                 = "orders-prod"
  engine_version             = "16.4"
  instance_class             = "db.r7g.large"
  allocated_storage          = 200
  max_allocated_storage      = 1000
  vpc_id                     = module.network.vpc_id
  subnet_ids                 = module.network.database_subnet_ids
  allowed_security_group_ids = ["sg-0123456789abcdef0"]
  kms_key_arn                = "arn:aws:kms:eu-west-1:123456789012:key/8f0e3a4b-1c2d-4e5f-9a8b-7c6d5e4f3a2b"
  backup_retention_period    = 21

  parameters = {
    "rds.force_ssl"              = "1"
    "log_min_duration_statement" = "500"
    "shared_preload_libraries"   = "pg_stat_statements"
  }
}

output "endpoint" {
  description = "Connection endpoint (host:port)."
  value       = module.rds_postgres.endpoint
}

output "master_user_secret_arn" {
  description = "ARN of the Secrets Manager secret holding the master password, or null when a password was supplied."
  value       = module.rds_postgres.master_user_secret_arn
}
