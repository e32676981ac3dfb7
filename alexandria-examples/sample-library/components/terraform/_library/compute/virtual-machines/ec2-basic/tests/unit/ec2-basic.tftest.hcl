# Unit tests of ec2-basic: plan only, against mocked providers (Terraform >= 1.7).
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
  name               = "unit-ec2"
  subnet_id          = "subnet-0aa11bb22cc33dd44"
  security_group_ids = ["sg-0123456789abcdef0"]
  ami_id             = "ami-0abcdef1234567890"
}

run "plan_with_defaults" {
  command = plan

  assert {
    condition     = aws_instance.this.metadata_options[0].http_tokens == "required"
    error_message = "IMDSv2 must be required."
  }

  assert {
    condition     = aws_instance.this.root_block_device[0].encrypted == true
    error_message = "Root volumes must be encrypted."
  }
}

run "rejects_invalid_root_volume_size" {
  command = plan

  variables {
    root_volume_size = 4
  }

  expect_failures = [var.root_volume_size]
}
