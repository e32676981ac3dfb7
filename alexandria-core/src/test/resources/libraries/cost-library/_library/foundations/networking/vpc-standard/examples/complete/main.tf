module "vpc" { source = "../.." }
