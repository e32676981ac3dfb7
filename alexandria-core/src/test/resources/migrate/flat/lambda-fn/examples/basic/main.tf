module "fn" {
  source = "../.."
}
