module "private_bucket" {
  source = "example-org/private-bucket/aws"
}

module "versioned_bucket" {
  source = "example-org/versioned-bucket/aws"
}

module "workers" {
  source = "example-org/container-cluster/aws"
}
