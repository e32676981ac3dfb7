resource "aws_eip" "nat" {
  domain = "vpc"
}

module "child" {
  source = "./child"
}
