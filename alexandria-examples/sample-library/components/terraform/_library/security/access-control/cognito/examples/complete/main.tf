# Example "complete" of the cognito module (Cognito User Pool).
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
      example = "cognito/complete"
    }
  }
}

module "cognito" {
  source = "../.."

  user_pool_name         = "storefront-customers"
  mfa_configuration      = "OPTIONAL"
  ses_source_arn         = "arn:aws:ses:eu-west-1:123456789012:identity/acme.example"
  from_email_address     = "Acme Store <no-reply@acme.example>"
  domain_prefix          = "acme-storefront"
  advanced_security_mode = "ENFORCED"

  password_policy = {
    minimum_length  = 14
    require_symbols = true
  }

  custom_attributes = {
    loyalty_tier = {}
  }

  app_clients = {
    web = {
      callback_urls = ["https://shop.acme.example/auth/callback"]
      logout_urls   = ["https://shop.acme.example/"]
    }
    backoffice = {
      generate_secret = true
      callback_urls   = ["https://backoffice.acme.example/oauth2/idpresponse"]
    }
  }
}

output "user_pool_id" {
  description = "ID of the user pool."
  value       = module.cognito.user_pool_id
}

output "client_ids" {
  description = "IDs of the app clients, by name."
  value       = module.cognito.client_ids
}
