# Unit tests of lambda-basic: plan only, against mocked providers (Terraform >= 1.7).
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
  function_name = "unit-fn"
  source_dir    = "./tests/unit/fixtures"
}

run "plan_with_defaults" {
  command = plan

  assert {
    condition     = aws_lambda_function.this.architectures[0] == "arm64"
    error_message = "Functions must run on arm64."
  }

  assert {
    condition     = aws_lambda_function.this.tracing_config[0].mode == "Active"
    error_message = "X-Ray tracing must be active."
  }

  assert {
    condition     = aws_cloudwatch_log_group.this.retention_in_days == 14
    error_message = "Logs are kept 14 days by default."
  }
}

run "rejects_invalid_runtime" {
  command = plan

  variables {
    runtime = "python2.7"
  }

  expect_failures = [var.runtime]
}
