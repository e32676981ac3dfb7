# Integration tests of secretsmanager: apply real resources, assert, destroy.
# Run only in the platform sandbox account:
#   AWS_PROFILE=platform-sandbox terraform test -test-directory=tests/integration

provider "aws" {
  region = "eu-west-1"

  default_tags {
    tags = {
      purpose = "alexandria-integration-test"
      module  = "secretsmanager"
    }
  }
}

variables {
  name                    = "itest/secretsmanager"
  recovery_window_in_days = 0
}

run "apply_and_verify" {
  command = apply

  assert {
    condition     = output.secret_name == "itest/secretsmanager"
    error_message = "Secret name is wrong."
  }
}
