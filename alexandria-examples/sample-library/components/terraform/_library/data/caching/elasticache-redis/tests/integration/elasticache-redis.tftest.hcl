# Integration tests of elasticache-redis: apply real resources, assert, destroy.
# Run only in the platform sandbox account:
#   AWS_PROFILE=platform-sandbox terraform test -test-directory=tests/integration

provider "aws" {
  region = "eu-west-1"

  default_tags {
    tags = {
      purpose = "alexandria-integration-test"
      module  = "elasticache-redis"
    }
  }
}

variables {
  replication_group_id = "itest-redis"
  vpc_id               = "vpc-0f0e0d0c0b0a09080"
  subnet_ids           = ["subnet-0aa11bb22cc33dd44", "subnet-0ee55ff66aa77bb88"]
  node_type            = "cache.t4g.micro"
}

run "apply_and_verify" {
  command = apply

  assert {
    condition     = output.port == 6379
    error_message = "Port must be 6379."
  }
}
