# Integration tests of dns: apply real resources, assert, destroy.
# Run only in the platform sandbox account:
#   AWS_PROFILE=platform-sandbox terraform test -test-directory=tests/integration

provider "aws" {
  region = "eu-west-1"

  default_tags {
    tags = {
      purpose = "alexandria-integration-test"
      module  = "dns"
    }
  }
}

variables {
  zone_name     = "itest.sandbox.acme.example"
  force_destroy = true
}

run "apply_and_verify" {
  command = apply

  assert {
    condition     = length(output.name_servers) == 4
    error_message = "A public zone has four name servers."
  }
}
