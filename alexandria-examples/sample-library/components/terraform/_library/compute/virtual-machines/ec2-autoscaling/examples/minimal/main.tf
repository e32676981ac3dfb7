# Example "minimal" of the ec2-autoscaling module (EC2 Auto Scaling Group).
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
      example = "ec2-autoscaling/minimal"
    }
  }
}

module "ec2_autoscaling" {
  source = "../.."

  name       = "web-legacy"
  vpc_id     = "vpc-0a1b2c3d4e5f67890"
  subnet_ids = ["subnet-0aa11bb22cc33dd44", "subnet-0ee55ff66aa77bb88"]
}

output "autoscaling_group_name" {
  description = "Name of the Auto Scaling group."
  value       = module.ec2_autoscaling.autoscaling_group_name
}
