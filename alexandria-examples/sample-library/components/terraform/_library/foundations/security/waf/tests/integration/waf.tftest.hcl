# Integration tests of waf: apply real resources, assert, destroy.
# Run only in the platform sandbox account:
#   AWS_PROFILE=platform-sandbox terraform test -test-directory=tests/integration

provider "aws" {
  region = "eu-west-1"

  default_tags {
    tags = {
      purpose = "alexandria-integration-test"
      module  = "waf"
    }
  }
}

variables {
  name = "itest-waf"
}

run "apply_and_verify" {
  command = apply

  assert {
    condition     = output.web_acl_capacity < 1500
    error_message = "Default rules must stay well below the 5000 WCU limit."
  }
}
