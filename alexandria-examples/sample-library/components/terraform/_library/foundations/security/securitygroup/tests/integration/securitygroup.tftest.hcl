# Integration tests of securitygroup: apply real resources, assert, destroy.
# Run only in the platform sandbox account:
#   AWS_PROFILE=platform-sandbox terraform test -test-directory=tests/integration

provider "aws" {
  region = "eu-west-1"

  default_tags {
    tags = {
      purpose = "alexandria-integration-test"
      module  = "securitygroup"
    }
  }
}

variables {
  name          = "itest-sg"
  vpc_id        = "vpc-0f0e0d0c0b0a09080"
  named_ingress = ["https-443-tcp"]

  named_ingress_cidr_blocks = ["10.0.0.0/16"]
}

run "apply_and_verify" {
  command = apply

  assert {
    condition     = length(output.ingress_rule_ids) == 1
    error_message = "Exactly one ingress rule expected."
  }
}
