# Unit tests of waf: plan only, against mocked providers (Terraform >= 1.7).
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
  name = "unit-waf"
}

run "plan_with_defaults" {
  command = plan

  assert {
    condition     = aws_wafv2_web_acl.this.scope == "REGIONAL"
    error_message = "Scope defaults to REGIONAL."
  }

  assert {
    condition     = aws_cloudwatch_log_group.this[0].name == "aws-waf-logs-unit-waf"
    error_message = "WAF log groups must start with aws-waf-logs-."
  }
}

run "rejects_invalid_rate_limit" {
  command = plan

  variables {
    rate_limit = 50
  }

  expect_failures = [var.rate_limit]
}
