module "subnets" {
  source = "./modules/subnets"
  count  = 1
  vpc_id = aws_vpc.this.id
}
