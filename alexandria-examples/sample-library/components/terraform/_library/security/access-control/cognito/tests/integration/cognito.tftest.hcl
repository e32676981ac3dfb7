# Integration tests of cognito: apply real resources, assert, destroy.
# Run only in the platform sandbox account:
#   AWS_PROFILE=platform-sandbox terraform test -test-directory=tests/integration

provider "aws" {
  region = "eu-west-1"

  default_tags {
    tags = {
      purpose = "alexandria-integration-test"
      module  = "cognito"
    }
  }
}

variables {
  user_pool_name      = "itest-cognito"
  deletion_protection = false
}

run "apply_and_verify" {
  command = apply

  assert {
    condition     = output.hosted_ui_domain == null
    error_message = "No domain expected."
  }
}
