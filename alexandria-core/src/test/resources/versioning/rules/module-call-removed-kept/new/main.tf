module "subnets" {
  source = "./modules/subnets"
  vpc_id = aws_vpc.this.id
}

removed {
  from = module.endpoints

  lifecycle {
    destroy = false
  }
}
