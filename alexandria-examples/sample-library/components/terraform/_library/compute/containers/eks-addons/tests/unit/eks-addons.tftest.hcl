# Unit tests of eks-addons: plan only, against mocked providers (Terraform >= 1.7).
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

  mock_data "aws_eks_addon_version" {
    defaults = {
      version = "v1.19.2-eksbuild.1"
    }
  }
}

variables {
  cluster_name      = "unit-eks"
  cluster_version   = "1.31"
  oidc_provider_arn = "arn:aws:iam::123456789012:oidc-provider/oidc.eks.eu-west-1.amazonaws.com/id/UNITTEST"
}

run "plan_with_defaults" {
  command = plan

  assert {
    condition     = length(aws_eks_addon.this) == 5
    error_message = "Five core add-ons are managed by default."
  }

  assert {
    condition     = aws_eks_addon.this["coredns"].resolve_conflicts_on_update == "OVERWRITE"
    error_message = "Conflicts are overwritten by default."
  }
}

run "rejects_invalid_coredns_replicas" {
  command = plan

  variables {
    coredns_replicas = 1
  }

  expect_failures = [var.coredns_replicas]
}
