module "vpc" {
  source = "../../../foundations/networking/vpc-standard"
}
