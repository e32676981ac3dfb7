# Unit tests of xray: plan only, against mocked providers (Terraform >= 1.7).
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

run "plan_with_defaults" {
  command = plan

  assert {
    condition     = aws_xray_sampling_rule.this["platform-default"].fixed_rate == 0.05
    error_message = "Default sampling is 5%."
  }

  assert {
    condition     = aws_xray_encryption_config.this.type == "NONE"
    error_message = "X-Ray default encryption without a key."
  }
}

run "rejects_invalid_sampling_rules" {
  command = plan

  variables {
    sampling_rules = { broken = { priority = 1, fixed_rate = 2 } }
  }

  expect_failures = [var.sampling_rules]
}
