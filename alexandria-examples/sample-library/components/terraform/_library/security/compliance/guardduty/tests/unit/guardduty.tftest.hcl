# Unit tests of guardduty: plan only, against mocked providers (Terraform >= 1.7).
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
    condition     = aws_guardduty_detector.this.finding_publishing_frequency == "FIFTEEN_MINUTES"
    error_message = "Findings are exported every 15 minutes."
  }

  assert {
    condition     = aws_guardduty_detector_feature.this["RUNTIME_MONITORING"].status == "DISABLED"
    error_message = "Runtime monitoring is opt-in."
  }
}

run "rejects_invalid_alert_min_severity" {
  command = plan

  variables {
    alert_min_severity = 9.5
  }

  expect_failures = [var.alert_min_severity]
}
