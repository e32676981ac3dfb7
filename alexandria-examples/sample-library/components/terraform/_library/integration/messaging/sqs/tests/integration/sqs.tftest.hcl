# Integration tests of sqs: apply real resources, assert, destroy.
# Run only in the platform sandbox account:
#   AWS_PROFILE=platform-sandbox terraform test -test-directory=tests/integration

provider "aws" {
  region = "eu-west-1"

  default_tags {
    tags = {
      purpose = "alexandria-integration-test"
      module  = "sqs"
    }
  }
}

variables {
  name = "itest-sqs"
}

run "apply_and_verify" {
  command = apply

  assert {
    condition     = endswith(output.queue_arn, ":itest-sqs")
    error_message = "Queue ARN is wrong."
  }
}
