# Integration tests of apigateway-rest: apply real resources, assert, destroy.
# Run only in the platform sandbox account:
#   AWS_PROFILE=platform-sandbox terraform test -test-directory=tests/integration

provider "aws" {
  region = "eu-west-1"

  default_tags {
    tags = {
      purpose = "alexandria-integration-test"
      module  = "apigateway-rest"
    }
  }
}

variables {
  name                 = "itest-apigw"
  lambda_invoke_arn    = "arn:aws:apigateway:eu-west-1:lambda:path/2015-03-31/functions/arn:aws:lambda:eu-west-1:123456789012:function:itest-echo/invocations"
  lambda_function_name = "itest-echo"
}

run "apply_and_verify" {
  command = apply

  assert {
    condition     = endswith(output.invoke_url, "/v1")
    error_message = "Invoke URL must end with the stage name."
  }
}
