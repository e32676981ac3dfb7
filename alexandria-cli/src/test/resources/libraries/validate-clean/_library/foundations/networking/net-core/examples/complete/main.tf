module "net_core" {
  source = "../.."
  name   = "example"
}
