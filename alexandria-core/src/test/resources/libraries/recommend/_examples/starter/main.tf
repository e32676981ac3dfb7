module "network" {
  source = "../../_library/foundations/networking/vpc-basic"
}

module "logs" {
  source = "../../_library/observability/logging/log-sink"
}
