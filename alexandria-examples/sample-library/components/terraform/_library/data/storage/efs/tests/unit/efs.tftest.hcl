# Unit tests of efs: plan only, against mocked providers (Terraform >= 1.7).
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
  name       = "unit-efs"
  vpc_id     = "vpc-0123456789abcdef0"
  subnet_ids = ["subnet-0aa11bb22cc33dd44", "subnet-0ee55ff66aa77bb88"]
}

run "plan_with_defaults" {
  command = plan

  assert {
    condition     = aws_efs_file_system.this.encrypted == true
    error_message = "File systems must be encrypted."
  }

  assert {
    condition     = length(aws_efs_mount_target.this) == 2
    error_message = "One mount target per subnet."
  }
}

run "rejects_invalid_throughput_mode" {
  command = plan

  variables {
    throughput_mode = "turbo"
  }

  expect_failures = [var.throughput_mode]
}
