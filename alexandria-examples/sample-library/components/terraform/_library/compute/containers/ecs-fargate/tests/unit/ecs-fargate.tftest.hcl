# Unit tests of ecs-fargate: plan only, against mocked providers (Terraform >= 1.7).
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
  name               = "unit-svc"
  container_image    = "public.ecr.aws/nginx/nginx:1.27"
  subnet_ids         = ["subnet-0aa11bb22cc33dd44", "subnet-0ee55ff66aa77bb88"]
  security_group_ids = ["sg-0123456789abcdef0"]
}

run "plan_with_defaults" {
  command = plan

  assert {
    condition     = aws_ecs_task_definition.this.runtime_platform[0].cpu_architecture == "ARM64"
    error_message = "Tasks run on Graviton by default."
  }

  assert {
    condition     = aws_ecs_service.this.deployment_circuit_breaker[0].rollback == true
    error_message = "Deployments roll back on failure by default."
  }

  assert {
    condition     = length(aws_ecs_cluster.this) == 1
    error_message = "A cluster is created when cluster_arn is null."
  }
}

run "rejects_invalid_cpu" {
  command = plan

  variables {
    cpu = 300
  }

  expect_failures = [var.cpu]
}
