# Unit tests of sns: plan only, against mocked providers (Terraform >= 1.7).
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
  name = "unit-topic"
}

run "plan_with_defaults" {
  command = plan

  assert {
    condition     = aws_sns_topic.this.kms_master_key_id == "alias/aws/sns"
    error_message = "Topics are encrypted with the AWS managed key by default."
  }

  assert {
    condition     = aws_sns_topic.this.name == "unit-topic"
    error_message = "Standard topics keep their name."
  }
}

run "rejects_invalid_subscriptions" {
  command = plan

  variables {
    subscriptions = { bad = { protocol = "pigeon", endpoint = "x" } }
  }

  expect_failures = [var.subscriptions]
}
