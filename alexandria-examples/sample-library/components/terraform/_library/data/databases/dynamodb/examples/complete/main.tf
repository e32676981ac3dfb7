# Example "complete" of the dynamodb module (DynamoDB Table).
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
      example = "dynamodb/complete"
    }
  }
}

module "dynamodb" {
  source = "../.."

  table_name       = "orders"
  hash_key         = "pk"
  range_key        = "sk"
  ttl_attribute    = "expires_at"
  stream_view_type = "NEW_AND_OLD_IMAGES"
  kms_key_arn      = "arn:aws:kms:eu-west-1:123456789012:key/8f0e3a4b-1c2d-4e5f-9a8b-7c6d5e4f3a2b"
  replica_regions  = ["eu-central-1"]

  attributes = [
    { name = "pk", type = "S" },
    { name = "sk", type = "S" },
    { name = "customer_id", type = "S" },
    { name = "created_at", type = "N" },
  ]

  global_secondary_indexes = [{
    name      = "by-customer"
    hash_key  = "customer_id"
    range_key = "created_at"
  }]
}

output "table_arn" {
  description = "ARN of the table."
  value       = module.dynamodb.table_arn
}

output "stream_arn" {
  description = "ARN of the table's stream, or an empty string when streams are off."
  value       = module.dynamodb.stream_arn
}
