# Unit tests of web-app-ecs: plan only, against mocked providers (Terraform >= 1.7).
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
  name            = "unit-app"
  azs             = ["eu-west-1a", "eu-west-1b"]
  container_image = "public.ecr.aws/nginx/nginx:1.27"
  certificate_arn = "arn:aws:acm:eu-west-1:123456789012:certificate/00000000-0000-0000-0000-000000000000"
}

run "plan_with_defaults" {
  command = plan

  assert {
    condition     = aws_lb_listener.https.ssl_policy == "ELBSecurityPolicy-TLS13-1-2-2021-06"
    error_message = "The HTTPS listener must use the TLS 1.3 policy."
  }

  assert {
    condition     = aws_lb.this.enable_deletion_protection == false
    error_message = "Deletion protection is only on in prod."
  }

  assert {
    condition     = aws_lb_target_group.app.target_type == "ip"
    error_message = "Fargate targets are IP addresses."
  }
}

run "rejects_invalid_environment" {
  command = plan

  variables {
    environment = "production"
  }

  expect_failures = [var.environment]
}
