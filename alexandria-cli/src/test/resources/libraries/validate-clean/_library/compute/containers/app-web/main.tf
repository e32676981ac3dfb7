module "network" {
  source = "../../../foundations/networking/net-core"
  name   = var.name
}
