# Integration tests of vpc-standard: apply real resources, assert, destroy.
# Run only in the platform sandbox account:
#   AWS_PROFILE=platform-sandbox terraform test -test-directory=tests/integration

provider "aws" {
  region = "eu-west-1"

  default_tags {
    tags = {
      purpose = "alexandria-integration-test"
      module  = "vpc-standard"
    }
  }
}

variables {
  name               = "itest-vpc-standard"
  azs                = ["eu-west-1a", "eu-west-1b"]
  single_nat_gateway = true
}

run "apply_and_verify" {
  command = apply

  assert {
    condition     = length(output.nat_gateway_public_ips) == 1
    error_message = "One NAT gateway expected."
  }

  assert {
    condition     = output.flow_log_group_name == "/aws/vpc/itest-vpc-standard/flow-logs"
    error_message = "Flow log group name is wrong."
  }
}
