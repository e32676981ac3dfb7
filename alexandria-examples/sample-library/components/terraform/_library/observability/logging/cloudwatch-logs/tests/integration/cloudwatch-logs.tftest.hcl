# Integration tests of cloudwatch-logs: apply real resources, assert, destroy.
# Run only in the platform sandbox account:
#   AWS_PROFILE=platform-sandbox terraform test -test-directory=tests/integration

provider "aws" {
  region = "eu-west-1"

  default_tags {
    tags = {
      purpose = "alexandria-integration-test"
      module  = "cloudwatch-logs"
    }
  }
}

variables {
  log_groups = {
    "/itest/cloudwatch-logs" = { retention_in_days = 1 }
  }
}

run "apply_and_verify" {
  command = apply

  assert {
    condition     = contains(output.log_group_names, "/itest/cloudwatch-logs")
    error_message = "Log group must exist."
  }
}
