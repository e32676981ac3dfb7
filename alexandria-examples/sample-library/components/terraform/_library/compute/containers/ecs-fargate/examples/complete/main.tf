# Example "complete" of the ecs-fargate module (ECS Fargate Service).
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
      example = "ecs-fargate/complete"
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
  container_port     = 8080
  cpu                = 1024
  memory             = 2048
  subnet_ids         = module.network.private_subnet_ids
  security_group_ids = ["sg-0a1b2c3d4e5f67890"]
  target_group_arn   = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/orders-api/6d0ecf831eec9f09"

  environment = {
    SPRING_PROFILES_ACTIVE = "prod"
  }

  secrets = {
    DB_PASSWORD = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:orders/prod/db-AbCdEf"
  }

  autoscaling = {
    min_capacity  = 3
    max_capacity  = 12
    cpu_target    = 55
    memory_target = 70
  }
}

output "service_name" {
  description = "Name of the ECS service."
  value       = module.ecs_fargate.service_name
}

output "task_role_arn" {
  description = "ARN of the task role; grant the application's AWS permissions to it."
  value       = module.ecs_fargate.task_role_arn
}
