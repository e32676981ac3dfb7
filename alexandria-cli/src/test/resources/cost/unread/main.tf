module "two" {
  source = "./modules/two"
}
