# Integration tests of s3-basic: apply real resources, assert, destroy.
# Run only in the platform sandbox account:
#   AWS_PROFILE=platform-sandbox terraform test -test-directory=tests/integration

provider "aws" {
  region = "eu-west-1"

  default_tags {
    tags = {
      purpose = "alexandria-integration-test"
      module  = "s3-basic"
    }
  }
}

variables {
  bucket_name   = "acme-itest-s3-basic-eu-west-1"
  force_destroy = true
}

run "apply_and_verify" {
  command = apply

  assert {
    condition     = output.bucket_id == "acme-itest-s3-basic-eu-west-1"
    error_message = "Bucket name is wrong."
  }
}
