locals {
  prefix  = "${var.name}-${var.environment}"
  is_prod = var.environment == "prod"

  tags = merge(var.tags, {
    application = var.name
    environment = var.environment
    pattern     = "web-app-serverless"
  })
}

module "table" {
  source = "../../../data/databases/dynamodb"

  table_name                  = local.prefix
  hash_key                    = var.table_hash_key
  range_key                   = var.table_range_key
  ttl_attribute               = "expires_at"
  point_in_time_recovery      = local.is_prod
  deletion_protection_enabled = local.is_prod

  attributes = [
    { name = var.table_hash_key, type = "S" },
    { name = var.table_range_key, type = "S" },
    { name = "gsi1pk", type = "S" },
    { name = "gsi1sk", type = "S" },
  ]

  global_secondary_indexes = [{
    name      = "gsi1"
    hash_key  = "gsi1pk"
    range_key = "gsi1sk"
  }]

  tags = local.tags
}

module "auth" {
  source = "../../../security/access-control/cognito"
  count  = var.enable_auth ? 1 : 0

  user_pool_name      = local.prefix
  deletion_protection = local.is_prod
  domain_prefix       = local.prefix

  app_clients = {
    web = {
      callback_urls = var.callback_urls
      logout_urls   = [for url in var.callback_urls : replace(url, "/callback", "/")]
    }
  }

  tags = local.tags
}

module "api_function" {
  source = "../../../compute/serverless/lambda-basic"

  function_name = "${local.prefix}-api"
  description   = "HTTP API handler of ${var.name}"
  source_dir    = var.source_dir
  runtime       = var.runtime
  handler       = var.handler
  memory_size   = var.memory_size
  timeout       = var.timeout

  environment_variables = merge(var.app_environment, {
    TABLE_NAME  = module.table.table_name
    ENVIRONMENT = var.environment
  })

  tags = local.tags
}

resource "aws_iam_role_policy" "table_access" {
  name   = "table-access"
  role   = module.api_function.role_name
  policy = <<-EOT
    {
      "Version": "2012-10-17",
      "Statement": [
        {
          "Effect": "Allow",
          "Action": [
            "dynamodb:GetItem",
            "dynamodb:PutItem",
            "dynamodb:UpdateItem",
            "dynamodb:DeleteItem",
            "dynamodb:Query",
            "dynamodb:BatchGetItem",
            "dynamodb:BatchWriteItem",
            "dynamodb:ConditionCheckItem"
          ],
          "Resource": ["${module.table.table_arn}", "${module.table.table_arn}/index/*"]
        }
      ]
    }
  EOT
}

module "api" {
  source = "../../../integration/api-management/apigateway-rest"

  name                   = local.prefix
  description            = "Public API of ${var.name} (${var.environment})"
  lambda_invoke_arn      = module.api_function.invoke_arn
  lambda_function_name   = module.api_function.function_name
  cognito_user_pool_arns = var.enable_auth ? [module.auth[0].user_pool_arn] : []
  throttling_rate_limit  = var.throttling_rate_limit
  throttling_burst_limit = var.throttling_burst_limit

  tags = local.tags
}
