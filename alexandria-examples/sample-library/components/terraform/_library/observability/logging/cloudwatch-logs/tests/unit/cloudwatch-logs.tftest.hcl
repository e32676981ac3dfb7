# Unit tests of cloudwatch-logs: plan only, against mocked providers (Terraform >= 1.7).
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
  log_groups = {
    "/unit/app" = {}
  }
}

run "plan_with_defaults" {
  command = plan

  assert {
    condition     = aws_cloudwatch_log_group.this["/unit/app"].retention_in_days == 30
    error_message = "Default retention is 30 days."
  }

  assert {
    condition     = length(aws_cloudwatch_log_subscription_filter.this) == 0
    error_message = "No subscription without a destination."
  }
}

run "rejects_invalid_default_retention_days" {
  command = plan

  variables {
    default_retention_days = 10
  }

  expect_failures = [var.default_retention_days]
}
