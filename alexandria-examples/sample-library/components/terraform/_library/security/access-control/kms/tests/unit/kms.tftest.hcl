# Unit tests of kms: plan only, against mocked providers (Terraform >= 1.7).
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
  alias       = "unit/test"
  description = "Unit test key"
}

run "plan_with_defaults" {
  command = plan

  assert {
    condition     = aws_kms_key.this.enable_key_rotation == true
    error_message = "Rotation must be on for symmetric keys."
  }

  assert {
    condition     = aws_kms_alias.this.name == "alias/unit/test"
    error_message = "The alias prefix must be added."
  }

  assert {
    condition     = aws_kms_key.this.deletion_window_in_days == 30
    error_message = "Deletion waits 30 days by default."
  }
}

run "rejects_invalid_alias" {
  command = plan

  variables {
    alias = "alias/double-prefix"
  }

  expect_failures = [var.alias]
}
