variable "size" {
  default = "large"
}

module "network" {
  source = "./modules/network-v2"
}
