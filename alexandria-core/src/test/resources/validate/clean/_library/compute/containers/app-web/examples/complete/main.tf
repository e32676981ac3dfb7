module "app_web" {
  source = "../.."
  name   = "example"
}
