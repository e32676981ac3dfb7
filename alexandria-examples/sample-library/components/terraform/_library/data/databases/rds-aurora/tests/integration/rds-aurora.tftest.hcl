# Integration tests of rds-aurora: apply real resources, assert, destroy.
# Run only in the platform sandbox account:
#   AWS_PROFILE=platform-sandbox terraform test -test-directory=tests/integration

provider "aws" {
  region = "eu-west-1"

  default_tags {
    tags = {
      purpose = "alexandria-integration-test"
      module  = "rds-aurora"
    }
  }
}

variables {
  cluster_identifier  = "itest-aurora"
  vpc_id              = "vpc-0f0e0d0c0b0a09080"
  subnet_ids          = ["subnet-0aa11bb22cc33dd44", "subnet-0ee55ff66aa77bb88"]
  instance_count      = 1
  deletion_protection = false
}

run "apply_and_verify" {
  command = apply

  assert {
    condition     = output.port == 5432
    error_message = "Port must be 5432."
  }
}
