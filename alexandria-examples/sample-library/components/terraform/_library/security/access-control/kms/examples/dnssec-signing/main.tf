# Example "dnssec-signing" of the kms module (KMS Key).
# terraform init && terraform plan

terraform {
  required_version = ">= 1.5.0"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 5.46, < 6.0"
    }
  }
}

provider "aws" {
  region = "us-east-1"

  default_tags {
    tags = {
      project = "alexandria-examples"
      example = "kms/dnssec-signing"
    }
  }
}

module "kms" {
  source = "../.."

  alias       = "dns/acme-example-ksk"
  description = "DNSSEC key-signing key for acme.example"
  key_usage   = "SIGN_VERIFY"
  key_spec    = "ECC_NIST_P256"

  service_principals = ["dnssec-route53.amazonaws.com"]
}

output "key_arn" {
  description = "ARN of the key; use it (not the alias) in resource encryption settings."
  value       = module.kms.key_arn
}
