# Integration tests of ecs-fargate: apply real resources, assert, destroy.
# Run only in the platform sandbox account:
#   AWS_PROFILE=platform-sandbox terraform test -test-directory=tests/integration

provider "aws" {
  region = "eu-west-1"

  default_tags {
    tags = {
      purpose = "alexandria-integration-test"
      module  = "ecs-fargate"
    }
  }
}

variables {
  name               = "itest-ecs-fargate"
  container_image    = "public.ecr.aws/nginx/nginx:1.27"
  container_port     = 80
  desired_count      = 1
  subnet_ids         = ["subnet-0aa11bb22cc33dd44", "subnet-0ee55ff66aa77bb88"]
  security_group_ids = ["sg-0123456789abcdef0"]
}

run "apply_and_verify" {
  command = apply

  assert {
    condition     = output.log_group_name == "/ecs/itest-ecs-fargate"
    error_message = "Log group name is wrong."
  }
}
