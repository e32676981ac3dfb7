# Example "private-zone" of the dns module (Route 53 DNS Zone).
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
      example = "dns/private-zone"
    }
  }
}

module "dns" {
  source = "../.."

  zone_name    = "payments.acme.internal"
  private_zone = true
  vpc_ids      = ["vpc-0a1b2c3d4e5f67890"]

  records = {
    "db" = {
      type    = "CNAME"
      records = ["payments-prod.cluster-c9akciq32.eu-west-1.rds.amazonaws.com"]
    }
  }
}

output "zone_id" {
  description = "ID of the hosted zone."
  value       = module.dns.zone_id
}
