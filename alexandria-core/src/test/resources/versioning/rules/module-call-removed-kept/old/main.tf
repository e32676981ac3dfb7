module "subnets" {
  source = "./modules/subnets"
  vpc_id = aws_vpc.this.id
}

module "endpoints" {
  source = "./modules/endpoints"
}
