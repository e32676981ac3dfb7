resource "aws_lambda_alias" "this" {
  name             = "live"
  function_name    = "fn"
  function_version = "1"
}
