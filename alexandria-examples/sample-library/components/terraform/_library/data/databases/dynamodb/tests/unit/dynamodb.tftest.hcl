# Unit tests of dynamodb: plan only, against mocked providers (Terraform >= 1.7).
#   terraform test -test-directory=tests/unit

mock_provider "aws" {
  # Policy documents must be valid JSON for the resources that embed them.
  mock_data "aws_iam_policy_document" {
    defaults = {
      json = "{\"Version\":\"2012-10-17\",\"Statement\":[]}"
    }
  }

  mock_data "aws_partition" {
    defaults = {
      partition = "aws"
    }
  }
}

variables {
  table_name = "unit-table"
  hash_key   = "pk"
  attributes = [{ name = "pk", type = "S" }]
}

run "plan_with_defaults" {
  command = plan

  assert {
    condition     = aws_dynamodb_table.this.billing_mode == "PAY_PER_REQUEST"
    error_message = "Tables are on-demand by default."
  }

  assert {
    condition     = aws_dynamodb_table.this.point_in_time_recovery[0].enabled == true
    error_message = "PITR must be on by default."
  }

  assert {
    condition     = aws_dynamodb_table.this.deletion_protection_enabled == true
    error_message = "Deletion protection must be on by default."
  }
}

run "rejects_invalid_attributes" {
  command = plan

  variables {
    attributes = [{ name = "pk", type = "X" }]
  }

  expect_failures = [var.attributes]
}
