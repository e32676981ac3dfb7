resource "aws_lambda_function" "this" {
  function_name = "fn"
  role          = "arn"
}

module "alias" {
  source = "./modules/alias"
}
