# Example "ec2-instance" of the iam-roles module (IAM Role).
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
      example = "iam-roles/ec2-instance"
    }
  }
}

module "iam_roles" {
  source = "../.."

  name                    = "batch-worker"
  trusted_services        = ["ec2.amazonaws.com"]
  managed_policy_arns     = ["arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore"]
  create_instance_profile = true
}

output "instance_profile_name" {
  description = "Name of the instance profile, or null when none was created."
  value       = module.iam_roles.instance_profile_name
}
