# Integration tests of eks-addons: apply real resources, assert, destroy.
# Run only in the platform sandbox account:
#   AWS_PROFILE=platform-sandbox terraform test -test-directory=tests/integration

provider "aws" {
  region = "eu-west-1"

  default_tags {
    tags = {
      purpose = "alexandria-integration-test"
      module  = "eks-addons"
    }
  }
}

variables {
  cluster_name      = "itest-eks"
  cluster_version   = "1.31"
  oidc_provider_arn = "arn:aws:iam::123456789012:oidc-provider/oidc.eks.eu-west-1.amazonaws.com/id/ITEST"
}

run "apply_and_verify" {
  command = apply

  assert {
    condition     = contains(keys(output.addon_versions), "aws-ebs-csi-driver")
    error_message = "EBS CSI driver must be installed."
  }
}
