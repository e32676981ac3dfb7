# Example "complete" of the ec2-autoscaling module (EC2 Auto Scaling Group).
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
      example = "ec2-autoscaling/complete"
    }
  }
}

module "network" {
  source = "../../../../../foundations/networking/vpc-standard"

  name = "example"
  azs  = ["eu-west-1a", "eu-west-1b"]
}

module "ec2_autoscaling" {
  source = "../.."

  name                = "render-workers"
  vpc_id              = module.network.vpc_id
  subnet_ids          = module.network.private_subnet_ids
  app_port            = 8080
  ingress_cidr_blocks = ["10.0.0.0/16"]

  instance_types                  = ["c7i.xlarge", "c6i.xlarge", "c5.xlarge"]
  min_size                        = 2
  max_size                        = 20
  on_demand_base_capacity         = 2
  on_demand_percentage_above_base = 0
  cpu_target                      = 65

  user_data = <<-EOT
    #!/bin/bash
    systemctl enable --now render-worker
  EOT
}

output "autoscaling_group_name" {
  description = "Name of the Auto Scaling group."
  value       = module.ec2_autoscaling.autoscaling_group_name
}

output "security_group_id" {
  description = "ID of the security group attached to the instances."
  value       = module.ec2_autoscaling.security_group_id
}
