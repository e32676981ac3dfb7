# Example "minimal" of the ec2-basic module (Basic EC2 Instance).
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
      example = "ec2-basic/minimal"
    }
  }
}

module "ec2_basic" {
  source = "../.."

  name               = "bastion-tools"
  subnet_id          = "subnet-0aa11bb22cc33dd44"
  security_group_ids = ["sg-0123456789abcdef0"]
}

output "instance_id" {
  description = "ID of the instance."
  value       = module.ec2_basic.instance_id
}
