# Integration tests of vpc-basic: apply real resources, assert, destroy.
# Run only in the platform sandbox account:
#   AWS_PROFILE=platform-sandbox terraform test -test-directory=tests/integration

provider "aws" {
  region = "eu-west-1"

  default_tags {
    tags = {
      purpose = "alexandria-integration-test"
      module  = "vpc-basic"
    }
  }
}

variables {
  name = "itest-vpc-basic"
  azs  = ["eu-west-1a", "eu-west-1b"]
}

run "apply_and_verify" {
  command = apply

  assert {
    condition     = startswith(output.vpc_id, "vpc-")
    error_message = "vpc_id must be a VPC id."
  }

  assert {
    condition     = length(output.private_subnet_ids) == 2
    error_message = "Two private subnets expected."
  }
}
