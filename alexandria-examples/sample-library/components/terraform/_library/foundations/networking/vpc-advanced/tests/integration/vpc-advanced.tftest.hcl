# Integration tests of vpc-advanced: apply real resources, assert, destroy.
# Run only in the platform sandbox account:
#   AWS_PROFILE=platform-sandbox terraform test -test-directory=tests/integration

provider "aws" {
  region = "eu-west-1"

  default_tags {
    tags = {
      purpose = "alexandria-integration-test"
      module  = "vpc-advanced"
    }
  }
}

variables {
  name                 = "itest-vpc-advanced"
  azs                  = ["eu-west-1a", "eu-west-1b"]
  public_subnet_cidrs  = ["10.0.0.0/24", "10.0.1.0/24"]
  private_subnet_cidrs = ["10.0.16.0/20", "10.0.32.0/20"]
  nat_gateway_strategy = "single"
}

run "apply_and_verify" {
  command = apply

  assert {
    condition     = length(output.nat_gateway_ids) == 1
    error_message = "single strategy must create one NAT gateway."
  }
}
