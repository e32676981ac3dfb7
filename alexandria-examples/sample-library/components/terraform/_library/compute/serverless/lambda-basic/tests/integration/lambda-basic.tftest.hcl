# Integration tests of lambda-basic: apply real resources, assert, destroy.
# Run only in the platform sandbox account:
#   AWS_PROFILE=platform-sandbox terraform test -test-directory=tests/integration

provider "aws" {
  region = "eu-west-1"

  default_tags {
    tags = {
      purpose = "alexandria-integration-test"
      module  = "lambda-basic"
    }
  }
}

variables {
  function_name = "itest-lambda-basic"
  source_dir    = "./tests/unit/fixtures"
}

run "apply_and_verify" {
  command = apply

  assert {
    condition     = output.log_group_name == "/aws/lambda/itest-lambda-basic"
    error_message = "Log group name is wrong."
  }
}
