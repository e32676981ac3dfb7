resource "aws_cognito_user_pool" "this" {
  name = "users"
}

resource "aws_cognito_user_pool_client" "web" {
  name         = "web"
  user_pool_id = aws_cognito_user_pool.this.id
}

resource "aws_cognito_user_pool_domain" "this" {
  domain       = "sign-in"
  user_pool_id = aws_cognito_user_pool.this.id
}
