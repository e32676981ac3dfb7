# Unit tests of transit-gateway: plan only, against mocked providers (Terraform >= 1.7).
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
  name = "unit-hub"
}

run "plan_with_defaults" {
  command = plan

  assert {
    condition     = aws_ec2_transit_gateway.this.default_route_table_association == "enable"
    error_message = "Without custom tables the default association must stay on."
  }

  assert {
    condition     = aws_ec2_transit_gateway.this.amazon_side_asn == 64532
    error_message = "Default ASN must be 64532."
  }
}

run "rejects_invalid_amazon_side_asn" {
  command = plan

  variables {
    amazon_side_asn = 65000000
  }

  expect_failures = [var.amazon_side_asn]
}
