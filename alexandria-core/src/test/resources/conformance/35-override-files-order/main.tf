variable "size" {
  description = "base description"
  default     = "small"
}

module "network" {
  source = "./modules/network"
}
