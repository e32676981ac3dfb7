# Unit tests of kinesis: plan only, against mocked providers (Terraform >= 1.7).
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
  name = "unit-stream"
}

run "plan_with_defaults" {
  command = plan

  assert {
    condition     = aws_kinesis_stream.this.encryption_type == "KMS"
    error_message = "Streams must be encrypted."
  }

  assert {
    condition     = aws_kinesis_stream.this.stream_mode_details[0].stream_mode == "ON_DEMAND"
    error_message = "On-demand is the default mode."
  }
}

run "rejects_invalid_retention_period" {
  command = plan

  variables {
    retention_period = 12
  }

  expect_failures = [var.retention_period]
}
