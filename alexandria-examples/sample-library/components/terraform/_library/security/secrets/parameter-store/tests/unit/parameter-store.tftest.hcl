# Unit tests of parameter-store: plan only, against mocked providers (Terraform >= 1.7).
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
  path_prefix = "/unit/app"
  parameters = {
    "log-level" = { value = "INFO" }
  }
}

run "plan_with_defaults" {
  command = plan

  assert {
    condition     = aws_ssm_parameter.plain["log-level"].name == "/unit/app/log-level"
    error_message = "Names must be prefixed with the path."
  }

  assert {
    condition     = aws_ssm_parameter.plain["log-level"].tier == "Standard"
    error_message = "Standard tier by default."
  }
}

run "rejects_invalid_path_prefix" {
  command = plan

  variables {
    path_prefix = "unit/app/"
  }

  expect_failures = [var.path_prefix]
}
