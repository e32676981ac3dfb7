module "label" {
  source  = "cloudposse/label/null"
  version = "0.25.0"
}

module "vpc" {
  source = "../vpc"
  cidr   = "10.0.0.0/16"
}

module "eks" {
  source = "../eks"
}

module "database" {
  source         = "../rds"
  instance_class = "db.t3.micro"
  subnet_ids     = []
}
