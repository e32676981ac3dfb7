# Unit tests of elasticache-redis: plan only, against mocked providers (Terraform >= 1.7).
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
  replication_group_id = "unit-redis"
  vpc_id               = "vpc-0123456789abcdef0"
  subnet_ids           = ["subnet-0aa11bb22cc33dd44", "subnet-0ee55ff66aa77bb88"]
}

run "plan_with_defaults" {
  command = plan

  assert {
    condition     = aws_elasticache_replication_group.this.automatic_failover_enabled == true
    error_message = "Two nodes must fail over automatically."
  }

  assert {
    condition     = aws_elasticache_replication_group.this.transit_encryption_enabled == true
    error_message = "TLS must be on by default."
  }

  assert {
    condition     = aws_elasticache_parameter_group.this.family == "redis7"
    error_message = "Family must follow the engine version."
  }
}

run "rejects_invalid_num_cache_clusters" {
  command = plan

  variables {
    num_cache_clusters = 7
  }

  expect_failures = [var.num_cache_clusters]
}
