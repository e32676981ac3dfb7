# Integration tests of cloudtrail: apply real resources, assert, destroy.
# Run only in the platform sandbox account:
#   AWS_PROFILE=platform-sandbox terraform test -test-directory=tests/integration

provider "aws" {
  region = "eu-west-1"

  default_tags {
    tags = {
      purpose = "alexandria-integration-test"
      module  = "cloudtrail"
    }
  }
}

variables {
  name                    = "itest-cloudtrail"
  is_multi_region_trail   = false
  cloudwatch_logs_enabled = false
}

run "apply_and_verify" {
  command = apply

  assert {
    condition     = output.cloudwatch_log_group_name == null
    error_message = "No log group expected."
  }
}
