# Integration tests of ec2-basic: apply real resources, assert, destroy.
# Run only in the platform sandbox account:
#   AWS_PROFILE=platform-sandbox terraform test -test-directory=tests/integration

provider "aws" {
  region = "eu-west-1"

  default_tags {
    tags = {
      purpose = "alexandria-integration-test"
      module  = "ec2-basic"
    }
  }
}

variables {
  name               = "itest-ec2-basic"
  subnet_id          = "subnet-0aa11bb22cc33dd44"
  security_group_ids = ["sg-0123456789abcdef0"]
}

run "apply_and_verify" {
  command = apply

  assert {
    condition     = startswith(output.instance_id, "i-")
    error_message = "instance_id must be an instance id."
  }
}
