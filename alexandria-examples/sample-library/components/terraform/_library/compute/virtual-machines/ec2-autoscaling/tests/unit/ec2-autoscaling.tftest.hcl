# Unit tests of ec2-autoscaling: plan only, against mocked providers (Terraform >= 1.7).
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
  name       = "unit-asg"
  vpc_id     = "vpc-0123456789abcdef0"
  subnet_ids = ["subnet-0aa11bb22cc33dd44", "subnet-0ee55ff66aa77bb88"]
  ami_id     = "ami-0abcdef1234567890"
}

run "plan_with_defaults" {
  command = plan

  assert {
    condition     = aws_autoscaling_group.this.min_size == 2 && aws_autoscaling_group.this.max_size == 6
    error_message = "Default group size is 2-6."
  }

  assert {
    condition     = aws_launch_template.this.metadata_options[0].http_tokens == "required"
    error_message = "IMDSv2 must be required."
  }

  assert {
    condition     = aws_autoscaling_group.this.health_check_type == "EC2"
    error_message = "Without target groups EC2 health checks are used."
  }
}

run "rejects_invalid_on_demand_percentage_above_base" {
  command = plan

  variables {
    on_demand_percentage_above_base = 150
  }

  expect_failures = [var.on_demand_percentage_above_base]
}
