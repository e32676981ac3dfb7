# Unit tests of eks-standard: plan only, against mocked providers (Terraform >= 1.7).
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
mock_provider "tls" {}

variables {
  cluster_name = "unit-eks"
  vpc_id       = "vpc-0123456789abcdef0"
  subnet_ids   = ["subnet-0aa11bb22cc33dd44", "subnet-0ee55ff66aa77bb88"]
}

run "plan_with_defaults" {
  command = plan

  assert {
    condition     = aws_eks_cluster.this.vpc_config[0].endpoint_public_access == false
    error_message = "The API endpoint must be private by default."
  }

  assert {
    condition     = aws_eks_cluster.this.access_config[0].authentication_mode == "API"
    error_message = "Access entries are the default authentication mode."
  }

  assert {
    condition     = length(aws_kms_key.this) == 1
    error_message = "A KMS key for secrets encryption is created by default."
  }
}

run "rejects_invalid_public_access_cidrs" {
  command = plan

  variables {
    public_access_cidrs = ["0.0.0.0/0"]
  }

  expect_failures = [var.public_access_cidrs]
}
