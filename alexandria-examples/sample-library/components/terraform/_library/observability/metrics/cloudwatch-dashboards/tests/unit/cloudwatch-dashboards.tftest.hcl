# Unit tests of cloudwatch-dashboards: plan only, against mocked providers (Terraform >= 1.7).
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
  dashboard_name   = "unit-dashboard"
  rds_instance_ids = ["unit-db"]
}

run "plan_with_defaults" {
  command = plan

  assert {
    condition     = aws_cloudwatch_dashboard.this.dashboard_name == "unit-dashboard"
    error_message = "Dashboard name is wrong."
  }

  assert {
    condition     = length(jsondecode(aws_cloudwatch_dashboard.this.dashboard_body).widgets) == 2
    error_message = "Header plus one RDS widget expected."
  }
}
