name           = "shop"
instance_count = "3"
subnets = {
  app = { cidr = "10.0.1.0/24", public = true }
  db  = { cidr = "10.0.2.0/24" }
}
undeclared = 1
