# Unit tests of eventbridge-bus: plan only, against mocked providers (Terraform >= 1.7).
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
  bus_name = "unit-bus"
}

run "plan_with_defaults" {
  command = plan

  assert {
    condition     = length(aws_cloudwatch_event_archive.this) == 1
    error_message = "An archive exists by default."
  }

  assert {
    condition     = aws_cloudwatch_event_archive.this[0].retention_days == 7
    error_message = "Archive keeps events 7 days by default."
  }
}

run "rejects_invalid_bus_name" {
  command = plan

  variables {
    bus_name = "default"
  }

  expect_failures = [var.bus_name]
}
