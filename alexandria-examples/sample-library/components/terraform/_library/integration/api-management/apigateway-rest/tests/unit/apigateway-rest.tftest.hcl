# Unit tests of apigateway-rest: plan only, against mocked providers (Terraform >= 1.7).
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
  name                 = "unit-api"
  lambda_invoke_arn    = "arn:aws:apigateway:eu-west-1:lambda:path/2015-03-31/functions/arn:aws:lambda:eu-west-1:123456789012:function:unit/invocations"
  lambda_function_name = "unit"
}

run "plan_with_defaults" {
  command = plan

  assert {
    condition     = aws_api_gateway_method.proxy[0].authorization == "NONE"
    error_message = "Without user pools the proxy is unauthenticated."
  }

  assert {
    condition     = aws_api_gateway_stage.this.xray_tracing_enabled == true
    error_message = "Tracing is on by default."
  }

  assert {
    condition     = aws_api_gateway_method_settings.all.settings[0].throttling_rate_limit == 1000
    error_message = "Default rate limit is 1000 rps."
  }
}

run "rejects_invalid_endpoint_type" {
  command = plan

  variables {
    endpoint_type = "GLOBAL"
  }

  expect_failures = [var.endpoint_type]
}
