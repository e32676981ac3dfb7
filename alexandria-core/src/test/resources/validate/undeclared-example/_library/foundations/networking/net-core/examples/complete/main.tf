module "net_core" {
  source = "../.."
  name   = var.missing
}
