variable "environments" {
  type    = set(string)
  default = ["prod"]
}

module "nat" {
  source   = "./modules/nat"
  for_each = var.environments

  nat_count = each.key == "prod" ? 2 : 1
}

module "remote" {
  source  = "terraform-aws-modules/vpc/aws"
  version = "5.0.0"
}
