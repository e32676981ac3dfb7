# Unit tests of web-app-serverless: plan only, against mocked providers (Terraform >= 1.7).
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
  name       = "unit-app"
  source_dir = "./tests/unit/fixtures"
}

run "plan_with_defaults" {
  command = plan

  assert {
    condition     = length(module.auth) == 1
    error_message = "Auth is enabled by default."
  }
}

run "rejects_invalid_timeout" {
  command = plan

  variables {
    timeout = 60
  }

  expect_failures = [var.timeout]
}
