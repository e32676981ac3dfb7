# Example "minimal" of the elasticache-redis module (ElastiCache Redis).
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
      example = "elasticache-redis/minimal"
    }
  }
}

module "elasticache_redis" {
  source = "../.."

  replication_group_id = "sessions-prod"
  vpc_id               = "vpc-0a1b2c3d4e5f67890"
  subnet_ids           = ["subnet-0aa11bb22cc33dd44", "subnet-0ee55ff66aa77bb88"]
}

output "primary_endpoint_address" {
  description = "Address of the primary (read/write) endpoint."
  value       = module.elasticache_redis.primary_endpoint_address
}
