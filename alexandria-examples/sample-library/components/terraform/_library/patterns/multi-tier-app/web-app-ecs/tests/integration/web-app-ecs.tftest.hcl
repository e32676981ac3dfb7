# Integration tests of web-app-ecs: apply the whole pattern (network, load balancer, service, database), assert,
# destroy. It needs an ACM certificate of the sandbox account for the HTTPS listener:
#   export TF_VAR_certificate_arn=arn:aws:acm:eu-west-1:<sandbox account>:certificate/<id>
#   AWS_PROFILE=platform-sandbox terraform test -test-directory=tests/integration
# It takes about 20 minutes (the database and the service's first deployment).

provider "aws" {
  region = "eu-west-1"

  default_tags {
    tags = {
      purpose = "alexandria-integration-test"
      module  = "web-app-ecs"
    }
  }
}

variables {
  name            = "itest-app"
  azs             = ["eu-west-1a", "eu-west-1b"]
  container_image = "public.ecr.aws/nginx/nginx:1.27"
}

run "apply_and_verify" {
  command = apply

  assert {
    condition     = startswith(output.url, "https://")
    error_message = "The application URL must be HTTPS."
  }

  assert {
    condition     = output.alb_dns_name != ""
    error_message = "The load balancer has no DNS name."
  }

  assert {
    condition     = output.service_name != ""
    error_message = "The ECS service was not created."
  }

  assert {
    condition     = output.database_endpoint != null
    error_message = "The database was not created."
  }
}
