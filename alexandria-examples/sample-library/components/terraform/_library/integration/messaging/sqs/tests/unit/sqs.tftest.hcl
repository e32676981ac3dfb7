# Unit tests of sqs: plan only, against mocked providers (Terraform >= 1.7).
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
  name = "unit-queue"
}

run "plan_with_defaults" {
  command = plan

  assert {
    condition     = aws_sqs_queue.this.receive_wait_time_seconds == 20
    error_message = "Long polling must be on by default."
  }

  assert {
    condition     = length(aws_sqs_queue.dlq) == 1
    error_message = "A dead-letter queue is created by default."
  }

  assert {
    condition     = aws_sqs_queue.this.sqs_managed_sse_enabled == true
    error_message = "SSE-SQS is the default encryption."
  }
}

run "rejects_invalid_message_retention_seconds" {
  command = plan

  variables {
    message_retention_seconds = 30
  }

  expect_failures = [var.message_retention_seconds]
}
