module "private_subnets" {
  source = "./modules/subnets"
  vpc_id = aws_vpc.this.id
}

moved {
  from = module.subnets
  to   = module.private_subnets
}
