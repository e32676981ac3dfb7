# Integration tests of guardduty: apply real resources, assert, destroy.
# Run only in the platform sandbox account:
#   AWS_PROFILE=platform-sandbox terraform test -test-directory=tests/integration

provider "aws" {
  region = "eu-west-1"

  default_tags {
    tags = {
      purpose = "alexandria-integration-test"
      module  = "guardduty"
    }
  }
}

run "apply_and_verify" {
  command = apply

  assert {
    condition     = length(output.enabled_features) == 5
    error_message = "Five protection plans are enabled by default."
  }
}
