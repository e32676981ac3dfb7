module "network" {
  source = "../../../../../foundations/networking/vpc-full"
}

module "jobs" {
  source     = "../.."
  subnet_ids = module.network.private_subnet_ids
}
