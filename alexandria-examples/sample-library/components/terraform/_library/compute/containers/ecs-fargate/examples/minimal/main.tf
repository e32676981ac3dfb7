# Example "minimal" of the ecs-fargate module (ECS Fargate Service).
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
      example = "ecs-fargate/minimal"
    }
  }
}

module "network" {
  source = "../../../../../foundations/networking/vpc-standard"

  name = "example"
  azs  = ["eu-west-1a", "eu-west-1b"]
}

module "ecs_fargate" {
  source = "../.."

  name               = "orders-api"
  container_image    = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/orders-api:2.14.0"
  subnet_ids         = module.network.private_subnet_ids
  security_group_ids = ["sg-0a1b2c3d4e5f67890"]
}

output "service_name" {
  description = "Name of the ECS service."
  value       = module.ecs_fargate.service_name
}
