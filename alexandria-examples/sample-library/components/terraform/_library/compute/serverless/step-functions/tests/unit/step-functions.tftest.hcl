# Unit tests of step-functions: plan only, against mocked providers (Terraform >= 1.7).
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
  name       = "unit-sfn"
  definition = "{\"StartAt\":\"Done\",\"States\":{\"Done\":{\"Type\":\"Succeed\"}}}"
}

run "plan_with_defaults" {
  command = plan

  assert {
    condition     = aws_sfn_state_machine.this.type == "STANDARD"
    error_message = "STANDARD is the default type."
  }

  assert {
    condition     = aws_sfn_state_machine.this.logging_configuration[0].include_execution_data == false
    error_message = "Execution data is not logged by default."
  }
}

run "rejects_invalid_log_level" {
  command = plan

  variables {
    log_level = "DEBUG"
  }

  expect_failures = [var.log_level]
}
