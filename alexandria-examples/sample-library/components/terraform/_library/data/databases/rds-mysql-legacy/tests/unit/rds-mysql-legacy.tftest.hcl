# Unit tests of rds-mysql-legacy: plan only, against mocked providers (Terraform >= 1.7).
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
  identifier             = "unit-mysql"
  password               = "unit-test-password-0123"
  db_subnet_group_name   = "unit-db"
  vpc_security_group_ids = ["sg-0123456789abcdef0"]
}

run "plan_with_defaults" {
  command = plan

  assert {
    condition     = aws_db_parameter_group.this.family == "mysql8.0"
    error_message = "Family must be derived from the engine version."
  }

  assert {
    condition     = aws_db_instance.this.tags["deprecated"] == "true"
    error_message = "Instances must carry the deprecated tag."
  }
}

run "rejects_invalid_password" {
  command = plan

  variables {
    password = "short"
  }

  expect_failures = [var.password]
}
