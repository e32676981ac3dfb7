resource "aws_api_gateway_rest_api" "this" {
  name = "api"
}

resource "aws_cognito_user_pool" "this" {
  name = "api-users"
}

resource "aws_api_gateway_authorizer" "this" {
  name          = "users"
  rest_api_id   = aws_api_gateway_rest_api.this.id
  type          = "COGNITO_USER_POOLS"
  provider_arns = [aws_cognito_user_pool.this.arn]
}
