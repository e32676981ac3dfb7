# Unit tests of dns: plan only, against mocked providers (Terraform >= 1.7).
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
  zone_name = "unit.acme.example"
  records = {
    "www" = { type = "CNAME", records = ["unit.acme.example"] }
  }
}

run "plan_with_defaults" {
  command = plan

  assert {
    condition     = aws_route53_record.this["www"].name == "www.unit.acme.example"
    error_message = "Relative record names must be expanded to FQDNs."
  }

  assert {
    condition     = aws_route53_record.this["www"].ttl == 300
    error_message = "Records default to a 300 second TTL."
  }

  assert {
    condition     = length(aws_route53_zone.this) == 1
    error_message = "A zone is created by default."
  }
}

run "rejects_invalid_zone_name" {
  command = plan

  variables {
    zone_name = "Not A Domain"
  }

  expect_failures = [var.zone_name]
}
