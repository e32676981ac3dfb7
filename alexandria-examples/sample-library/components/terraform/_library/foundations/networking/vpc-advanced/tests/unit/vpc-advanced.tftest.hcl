# Unit tests of vpc-advanced: plan only, against mocked providers (Terraform >= 1.7).
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
  name                 = "unit-test"
  azs                  = ["eu-west-1a", "eu-west-1b"]
  public_subnet_cidrs  = ["10.0.0.0/24", "10.0.1.0/24"]
  private_subnet_cidrs = ["10.0.16.0/20", "10.0.32.0/20"]
}

run "plan_with_defaults" {
  command = plan

  assert {
    condition     = length(aws_nat_gateway.this) == 2
    error_message = "per-az strategy must create one NAT gateway per zone."
  }

  assert {
    condition     = length(aws_default_security_group.this) == 1
    error_message = "The default security group must be adopted and emptied."
  }

  assert {
    condition     = aws_flow_log.this[0].max_aggregation_interval == 600
    error_message = "Flow logs must aggregate over 600 seconds by default."
  }
}

run "rejects_invalid_nat_gateway_strategy" {
  command = plan

  variables {
    nat_gateway_strategy = "two"
  }

  expect_failures = [var.nat_gateway_strategy]
}
