# Example "complete" of the efs module (EFS File System).
# terraform init && terraform plan

terraform {
  required_version = ">= 1.6.0"

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
      example = "efs/complete"
    }
  }
}

module "efs" {
  source = "../.."

  name                       = "cms-uploads"
  vpc_id                     = "vpc-0a1b2c3d4e5f67890"
  subnet_ids                 = ["subnet-0aa11bb22cc33dd44", "subnet-0ee55ff66aa77bb88"]
  allowed_security_group_ids = ["sg-0123456789abcdef0"]

  access_points = {
    uploads = { path = "/uploads", uid = 1000, gid = 1000 }
  }
}

output "file_system_id" {
  description = "ID of the file system."
  value       = module.efs.file_system_id
}

output "access_point_ids" {
  description = "IDs of the access points, by name."
  value       = module.efs.access_point_ids
}
