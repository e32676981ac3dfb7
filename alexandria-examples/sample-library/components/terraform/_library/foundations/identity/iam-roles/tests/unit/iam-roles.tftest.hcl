# Unit tests of iam-roles: plan only, against mocked providers (Terraform >= 1.7).
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
  name             = "unit-role"
  trusted_services = ["ecs-tasks.amazonaws.com"]
}

run "plan_with_defaults" {
  command = plan

  assert {
    condition     = aws_iam_role.this.path == "/platform/"
    error_message = "Roles are created under /platform/ by default."
  }

  assert {
    condition     = aws_iam_role.this.max_session_duration == 3600
    error_message = "Sessions last one hour by default."
  }

  assert {
    condition     = length(aws_iam_instance_profile.this) == 0
    error_message = "No instance profile by default."
  }
}

run "rejects_invalid_max_session_duration" {
  command = plan

  variables {
    max_session_duration = 60
  }

  expect_failures = [var.max_session_duration]
}
