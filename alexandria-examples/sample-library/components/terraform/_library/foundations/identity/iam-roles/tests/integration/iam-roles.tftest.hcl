# Integration tests of iam-roles: apply real resources, assert, destroy.
# Run only in the platform sandbox account:
#   AWS_PROFILE=platform-sandbox terraform test -test-directory=tests/integration

provider "aws" {
  region = "eu-west-1"

  default_tags {
    tags = {
      purpose = "alexandria-integration-test"
      module  = "iam-roles"
    }
  }
}

variables {
  name             = "itest-iam-role"
  trusted_services = ["lambda.amazonaws.com"]
}

run "apply_and_verify" {
  command = apply

  assert {
    condition     = endswith(output.role_arn, ":role/platform/itest-iam-role")
    error_message = "Role ARN must include the path."
  }
}
