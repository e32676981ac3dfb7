# Integration tests of eks-standard: apply real resources, assert, destroy.
# Run only in the platform sandbox account:
#   AWS_PROFILE=platform-sandbox terraform test -test-directory=tests/integration

provider "aws" {
  region = "eu-west-1"

  default_tags {
    tags = {
      purpose = "alexandria-integration-test"
      module  = "eks-standard"
    }
  }
}

variables {
  cluster_name = "itest-eks"
  vpc_id       = "vpc-0f0e0d0c0b0a09080"
  subnet_ids   = ["subnet-0aa11bb22cc33dd44", "subnet-0ee55ff66aa77bb88"]
  node_groups = {
    general = { min_size = 1, max_size = 2, desired_size = 1 }
  }
}

run "apply_and_verify" {
  command = apply

  assert {
    condition     = output.cluster_version == "1.31"
    error_message = "Cluster must run the default Kubernetes version."
  }

  assert {
    condition     = output.oidc_provider_arn != null
    error_message = "IRSA provider must exist."
  }
}
