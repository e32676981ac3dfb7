# Unit tests of rds-aurora: plan only, against mocked providers (Terraform >= 1.7).
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
  cluster_identifier = "unit-aurora"
  vpc_id             = "vpc-0123456789abcdef0"
  subnet_ids         = ["subnet-0aa11bb22cc33dd44", "subnet-0ee55ff66aa77bb88"]
}

run "plan_with_defaults" {
  command = plan

  assert {
    condition     = aws_rds_cluster.this.port == 5432
    error_message = "aurora-postgresql listens on 5432."
  }

  assert {
    condition     = length(aws_rds_cluster_instance.this) == 2
    error_message = "Two instances by default."
  }

  assert {
    condition     = aws_rds_cluster_parameter_group.this.family == "aurora-postgresql16"
    error_message = "Parameter group family must follow the engine version."
  }
}

run "rejects_invalid_engine" {
  command = plan

  variables {
    engine = "postgres"
  }

  expect_failures = [var.engine]
}
