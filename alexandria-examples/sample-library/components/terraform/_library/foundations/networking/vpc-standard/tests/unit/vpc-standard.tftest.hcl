# Unit tests of vpc-standard: plan only, against mocked providers (Terraform >= 1.7).
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
  name = "unit-test"
  azs  = ["eu-west-1a", "eu-west-1b", "eu-west-1c"]
}

run "plan_with_defaults" {
  command = plan

  assert {
    condition     = length(aws_nat_gateway.this) == 3
    error_message = "One NAT gateway per availability zone is expected by default."
  }

  assert {
    condition     = aws_subnet.private[0].cidr_block == "10.0.16.0/20"
    error_message = "Private subnets must be derived as /20s after the first /20."
  }

  assert {
    condition     = aws_flow_log.this[0].traffic_type == "REJECT"
    error_message = "Flow logs must capture rejected traffic by default."
  }
}

run "rejects_invalid_azs" {
  command = plan

  variables {
    azs = ["eu-west-1a"]
  }

  expect_failures = [var.azs]
}

run "single_nat_gateway" {
  command = plan

  variables {
    single_nat_gateway = true
  }

  assert {
    condition     = length(aws_nat_gateway.this) == 1
    error_message = "single_nat_gateway must create exactly one NAT gateway."
  }
}
