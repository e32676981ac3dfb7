# Example "minimal" of the rds-postgres module (RDS PostgreSQL).
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
      example = "rds-postgres/minimal"
    }
  }
}

module "rds_postgres" {
  source = "../.."

  identifier          = "scratch-dev"
  vpc_id              = "vpc-0a1b2c3d4e5f67890"
  subnet_ids          = ["subnet-0aa11bb22cc33dd44", "subnet-0ee55ff66aa77bb88"]
  multi_az            = false
  deletion_protection = false
  skip_final_snapshot = true
}

output "endpoint" {
  description = "Connection endpoint (host:port)."
  value       = module.rds_postgres.endpoint
}
