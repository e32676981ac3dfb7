# Integration tests of dynamodb: apply real resources, assert, destroy.
# Run only in the platform sandbox account:
#   AWS_PROFILE=platform-sandbox terraform test -test-directory=tests/integration

provider "aws" {
  region = "eu-west-1"

  default_tags {
    tags = {
      purpose = "alexandria-integration-test"
      module  = "dynamodb"
    }
  }
}

variables {
  table_name                  = "itest-dynamodb"
  hash_key                    = "pk"
  attributes                  = [{ name = "pk", type = "S" }]
  deletion_protection_enabled = false
}

run "apply_and_verify" {
  command = apply

  assert {
    condition     = output.table_name == "itest-dynamodb"
    error_message = "Table name is wrong."
  }
}
