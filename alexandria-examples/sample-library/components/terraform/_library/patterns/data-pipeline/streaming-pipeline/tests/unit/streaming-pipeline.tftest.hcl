# Unit tests of streaming-pipeline: plan only, against mocked providers (Terraform >= 1.7).
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
  name                 = "unit-pipeline"
  bucket_name          = "acme-unit-pipeline"
  processor_source_dir = "./tests/unit/fixtures"
}

run "plan_with_defaults" {
  command = plan

  assert {
    condition     = aws_lambda_event_source_mapping.processor.bisect_batch_on_function_error == true
    error_message = "Failed batches must be bisected."
  }

  assert {
    condition     = length(aws_kinesis_firehose_delivery_stream.archive) == 1
    error_message = "The raw archive is on by default."
  }
}

run "rejects_invalid_parallelization_factor" {
  command = plan

  variables {
    parallelization_factor = 11
  }

  expect_failures = [var.parallelization_factor]
}
