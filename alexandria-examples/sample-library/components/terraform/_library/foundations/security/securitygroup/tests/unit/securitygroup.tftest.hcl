# Unit tests of securitygroup: plan only, against mocked providers (Terraform >= 1.7).
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
  name   = "unit-sg"
  vpc_id = "vpc-0123456789abcdef0"
}

run "plan_with_defaults" {
  command = plan

  assert {
    condition     = startswith(aws_security_group.this.name_prefix, "unit-sg-")
    error_message = "A name prefix must be used by default."
  }

  assert {
    condition     = length(aws_vpc_security_group_egress_rule.all) == 1
    error_message = "All egress is allowed by default."
  }
}

run "rejects_ssh_from_anywhere" {
  command = plan

  variables {
    ingress_rules = [{
      description = "SSH from anywhere"
      from_port   = 22
      to_port     = 22
      cidr_ipv4   = "0.0.0.0/0"
    }]
  }

  expect_failures = [var.ingress_rules]
}
