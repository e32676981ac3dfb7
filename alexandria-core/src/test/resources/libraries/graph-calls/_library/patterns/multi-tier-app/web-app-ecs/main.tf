terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 5.0"
    }
  }
}

module "vpc" {
  source = "../../../foundations/networking/vpc-standard"
}

module "security_group" {
  source = "git::https://git.example.com/platform/library.git//_library/foundations/security/securitygroup?ref=securitygroup/v1.1.0"
}

module "cluster" {
  source  = "app.terraform.io/acme/eks-standard/aws"
  version = "1.0.0-beta.2"
}

module "public_vpc" {
  source  = "terraform-aws-modules/vpc/aws"
  version = "~> 5.0"
}
