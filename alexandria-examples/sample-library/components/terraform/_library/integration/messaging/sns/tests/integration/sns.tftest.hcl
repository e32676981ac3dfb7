# Integration tests of sns: apply real resources, assert, destroy.
# Run only in the platform sandbox account:
#   AWS_PROFILE=platform-sandbox terraform test -test-directory=tests/integration

provider "aws" {
  region = "eu-west-1"

  default_tags {
    tags = {
      purpose = "alexandria-integration-test"
      module  = "sns"
    }
  }
}

variables {
  name = "itest-sns"
}

run "apply_and_verify" {
  command = apply

  assert {
    condition     = endswith(output.topic_arn, ":itest-sns")
    error_message = "Topic ARN is wrong."
  }
}
