module "subnets" {
  source = "./modules/subnets"
  count  = 2
  vpc_id = aws_vpc.this.id
}
