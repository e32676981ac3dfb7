# Unit tests of s3-advanced: plan only, against mocked providers (Terraform >= 1.7).
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
  bucket_name = "acme-unit-advanced"
}

run "plan_with_defaults" {
  command = plan

  assert {
    condition     = aws_s3_bucket.this.object_lock_enabled == false
    error_message = "Object lock is off by default."
  }

  assert {
    condition     = length(aws_s3_bucket_replication_configuration.this) == 0
    error_message = "No replication by default."
  }

  assert {
    condition     = length(aws_s3_bucket_lifecycle_configuration.this) == 1
    error_message = "The default lifecycle rule must exist."
  }
}

run "rejects_invalid_object_ownership" {
  command = plan

  variables {
    object_ownership = "ObjectWriter"
  }

  expect_failures = [var.object_ownership]
}
