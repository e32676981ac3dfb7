# Module calls of every kind a migration meets.
module "network" {
  source = "../vpc" # a sibling, rewritten when the folders move

  cidr = "10.0.0.0/16"
}

module   "alarm"   {
  source    =    "./modules/alarm"
}

module "registry" {
  source  = "terraform-aws-modules/vpc/aws"
  version = "5.8.1"
}

module "git" {
  source = "git::https://example.com/modules.git//vpc?ref=v1.0.0"
}

module "interpolated" {
  source = "../${"vpc"}"
}
