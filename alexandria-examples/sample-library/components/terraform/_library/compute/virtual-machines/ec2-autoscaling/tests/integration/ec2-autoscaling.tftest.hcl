# Integration tests of ec2-autoscaling: apply real resources, assert, destroy.
# A throwaway VPC comes from the library's vpc-basic module (the first run); the group is then launched in it.
# Run only in the platform sandbox account:
#   AWS_PROFILE=platform-sandbox terraform test -test-directory=tests/integration

provider "aws" {
  region = "eu-west-1"

  default_tags {
    tags = {
      purpose = "alexandria-integration-test"
      module  = "ec2-autoscaling"
    }
  }
}

run "network" {
  command = apply

  module {
    source = "../../../foundations/networking/vpc-basic"
  }

  variables {
    name = "itest-ec2-autoscaling"
  }
}

run "apply_and_verify" {
  command = apply

  variables {
    name           = "itest-asg"
    vpc_id         = run.network.vpc_id
    subnet_ids     = run.network.public_subnet_ids
    instance_types = ["t3.micro", "t3a.micro"]
    min_size       = 1
    max_size       = 2
  }

  assert {
    condition     = output.autoscaling_group_name != ""
    error_message = "The Auto Scaling group was not created."
  }

  assert {
    condition     = output.launch_template_latest_version >= 1
    error_message = "The launch template has no version."
  }

  assert {
    condition     = startswith(output.security_group_id, "sg-")
    error_message = "The instances' security group was not created."
  }
}
