module "subnets" {
  source   = "./modules/subnets"
  for_each = var.tiers
  vpc_id   = aws_vpc.this.id
}
