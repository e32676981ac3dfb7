# A root configuration outside the component folder. It calls components by their legacy paths, which
# keep working after the migration through the symlinks left at those paths.

module "vpc" {
  source = "../../components/terraform/vpc"

  name       = "prod"
  region     = "eu-west-1"
  cidr_block = "10.0.0.0/16"
}

module "eks" {
  source = "../../components/terraform/eks"

  cluster_name = "prod"
  vpc_id       = module.vpc.vpc_id
  subnet_ids   = module.vpc.private_subnet_ids
}
