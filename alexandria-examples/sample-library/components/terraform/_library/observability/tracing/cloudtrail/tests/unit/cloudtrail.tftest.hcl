# Unit tests of cloudtrail: plan only, against mocked providers (Terraform >= 1.7).
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
  name = "unit-trail"
}

run "plan_with_defaults" {
  command = plan

  assert {
    condition     = aws_cloudtrail.this.is_multi_region_trail == true
    error_message = "Trails are multi-region by default."
  }

  assert {
    condition     = aws_cloudtrail.this.enable_log_file_validation == true
    error_message = "Log file validation must be on."
  }

  assert {
    condition     = length(aws_s3_bucket.this) == 1
    error_message = "A log bucket is created when none is given."
  }
}

run "rejects_invalid_insight_types" {
  command = plan

  variables {
    insight_types = ["ApiLatencyInsight"]
  }

  expect_failures = [var.insight_types]
}
