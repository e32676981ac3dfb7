# Example "complete" of the dns module (Route 53 DNS Zone).
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
      example = "dns/complete"
    }
  }
}

module "dns" {
  source = "../.."

  zone_name            = "payments.acme.example"
  enable_query_logging = true

  health_checks = {
    api = {
      fqdn = "api-eu.payments.acme.example"
    }
  }

  records = {
    "@" = {
      type    = "TXT"
      records = ["v=spf1 include:amazonses.com -all"]
    }
    "api" = {
      type = "A"
      alias = {
        name    = "payments-prod-1234567890.eu-west-1.elb.amazonaws.com"
        zone_id = "Z32O12XQLNTSW2"
      }
      health_check = "api"
    }
    "status" = {
      type    = "CNAME"
      ttl     = 3600
      records = ["acme.statuspage.io"]
    }
  }

  tags = {
    team = "payments"
  }
}

output "zone_id" {
  description = "ID of the hosted zone."
  value       = module.dns.zone_id
}

output "name_servers" {
  description = "Name servers of the public zone; delegate to these from the parent zone."
  value       = module.dns.name_servers
}

output "record_fqdns" {
  description = "Fully qualified names of the managed records, by key."
  value       = module.dns.record_fqdns
}
