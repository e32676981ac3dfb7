# Integration tests of kms: apply real resources, assert, destroy.
# Run only in the platform sandbox account:
#   AWS_PROFILE=platform-sandbox terraform test -test-directory=tests/integration

provider "aws" {
  region = "eu-west-1"

  default_tags {
    tags = {
      purpose = "alexandria-integration-test"
      module  = "kms"
    }
  }
}

variables {
  alias                   = "itest/kms"
  description             = "Integration test key"
  deletion_window_in_days = 7
}

run "apply_and_verify" {
  command = apply

  assert {
    condition     = output.alias_name == "alias/itest/kms"
    error_message = "Alias is wrong."
  }
}
