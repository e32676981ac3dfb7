# Integration tests of rds-postgres: apply real resources, assert, destroy.
# Run only in the platform sandbox account:
#   AWS_PROFILE=platform-sandbox terraform test -test-directory=tests/integration

provider "aws" {
  region = "eu-west-1"

  default_tags {
    tags = {
      purpose = "alexandria-integration-test"
      module  = "rds-postgres"
    }
  }
}

variables {
  identifier          = "itest-rds-postgres"
  vpc_id              = "vpc-0f0e0d0c0b0a09080"
  subnet_ids          = ["subnet-0aa11bb22cc33dd44", "subnet-0ee55ff66aa77bb88"]
  multi_az            = false
  deletion_protection = false
  skip_final_snapshot = true
}

run "apply_and_verify" {
  command = apply

  assert {
    condition     = output.port == 5432
    error_message = "PostgreSQL must listen on 5432."
  }

  assert {
    condition     = output.master_user_secret_arn != null
    error_message = "A managed secret must exist."
  }
}
