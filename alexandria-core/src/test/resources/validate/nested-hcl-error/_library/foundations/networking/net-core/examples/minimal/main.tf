module "net_core" {
  source = "../.."
  name   = "example"
  cidr_block = "10.1.0.0/16
}
