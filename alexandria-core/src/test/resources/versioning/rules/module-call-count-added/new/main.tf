module "subnets" {
  source = "./modules/subnets"
  count  = var.create ? 1 : 0
  vpc_id = aws_vpc.this.id
}
