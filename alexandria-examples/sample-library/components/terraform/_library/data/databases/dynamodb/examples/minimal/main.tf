# Example "minimal" of the dynamodb module (DynamoDB Table).
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
      example = "dynamodb/minimal"
    }
  }
}

module "dynamodb" {
  source = "../.."

  table_name = "orders"
  hash_key   = "pk"
  attributes = [
    { name = "pk", type = "S" },
  ]
}

output "table_arn" {
  description = "ARN of the table."
  value       = module.dynamodb.table_arn
}
