module "subnets" {
  source   = "./modules/subnets"
  for_each = toset(["a", "b"])
  vpc_id   = aws_vpc.this.id
}
