module "vpc" {
  source = "../../vpc"
}
