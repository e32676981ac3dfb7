module "network" {
  source             = "../../../foundations/networking/vpc-standard"
  az_count           = 3
  single_nat_gateway = true
}

resource "aws_lb" "this" {
  name               = "web"
  load_balancer_type = "application"
  subnets            = module.network.public_subnet_ids
}
