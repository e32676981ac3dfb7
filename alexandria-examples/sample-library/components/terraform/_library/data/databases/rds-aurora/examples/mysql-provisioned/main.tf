# Example "mysql-provisioned" of the rds-aurora module (Aurora Cluster).
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
      example = "rds-aurora/mysql-provisioned"
    }
  }
}

module "rds_aurora" {
  source = "../.."

  cluster_identifier = "crm-prod"
  engine             = "aurora-mysql"
  engine_version     = "8.0.mysql_aurora.3.07.1"
  instance_class     = "db.r7g.large"
  instance_count     = 2
  vpc_id             = "vpc-0a1b2c3d4e5f67890"
  subnet_ids         = ["subnet-0aa11bb22cc33dd44", "subnet-0ee55ff66aa77bb88"]
}

output "writer_endpoint" {
  description = "Cluster (writer) endpoint."
  value       = module.rds_aurora.writer_endpoint
}
