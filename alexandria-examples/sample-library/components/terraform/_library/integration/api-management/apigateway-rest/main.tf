locals {
  proxy_mode  = var.openapi_body == null
  use_cognito = local.proxy_mode && length(var.cognito_user_pool_arns) > 0

  common_tags = merge(var.tags, {
    "managed-by" = "terraform"
    "module"     = "apigateway-rest"
  })
}

resource "aws_api_gateway_rest_api" "this" {
  name                     = var.name
  description              = var.description
  body                     = var.openapi_body
  minimum_compression_size = var.minimum_compression_size == null ? "" : tostring(var.minimum_compression_size)

  endpoint_configuration {
    types = [var.endpoint_type]
  }

  tags = local.common_tags
}

# ---------------------------------------------------------------------------
# Lambda proxy (when no OpenAPI document is given)
# ---------------------------------------------------------------------------

resource "aws_api_gateway_authorizer" "cognito" {
  count = local.use_cognito ? 1 : 0

  name          = "cognito"
  rest_api_id   = aws_api_gateway_rest_api.this.id
  type          = "COGNITO_USER_POOLS"
  provider_arns = var.cognito_user_pool_arns
}

resource "aws_api_gateway_resource" "proxy" {
  count = local.proxy_mode ? 1 : 0

  rest_api_id = aws_api_gateway_rest_api.this.id
  parent_id   = aws_api_gateway_rest_api.this.root_resource_id
  path_part   = "{proxy+}"
}

resource "aws_api_gateway_method" "proxy" {
  count = local.proxy_mode ? 1 : 0

  rest_api_id   = aws_api_gateway_rest_api.this.id
  resource_id   = aws_api_gateway_resource.proxy[0].id
  http_method   = "ANY"
  authorization = local.use_cognito ? "COGNITO_USER_POOLS" : "NONE"
  authorizer_id = local.use_cognito ? aws_api_gateway_authorizer.cognito[0].id : null
}

resource "aws_api_gateway_integration" "proxy" {
  count = local.proxy_mode ? 1 : 0

  rest_api_id             = aws_api_gateway_rest_api.this.id
  resource_id             = aws_api_gateway_resource.proxy[0].id
  http_method             = aws_api_gateway_method.proxy[0].http_method
  integration_http_method = "POST"
  type                    = "AWS_PROXY"
  uri                     = var.lambda_invoke_arn
}

resource "aws_lambda_permission" "apigateway" {
  count = var.lambda_function_name == null ? 0 : 1

  statement_id  = "AllowInvokeFrom${replace(title(replace(var.name, "-", " ")), " ", "")}"
  action        = "lambda:InvokeFunction"
  function_name = var.lambda_function_name
  principal     = "apigateway.amazonaws.com"
  source_arn    = "${aws_api_gateway_rest_api.this.execution_arn}/*/*"
}

# ---------------------------------------------------------------------------
# Deployment and stage
# ---------------------------------------------------------------------------

resource "aws_api_gateway_deployment" "this" {
  rest_api_id = aws_api_gateway_rest_api.this.id

  triggers = {
    redeployment = sha1(jsonencode([
      aws_api_gateway_rest_api.this.body,
      aws_api_gateway_integration.proxy[*].id,
      aws_api_gateway_method.proxy[*].id,
    ]))
  }

  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_cloudwatch_log_group" "access" {
  name              = "/aws/apigateway/${var.name}/${var.stage_name}"
  retention_in_days = var.access_log_retention_days

  tags = local.common_tags
}

resource "aws_api_gateway_stage" "this" {
  rest_api_id           = aws_api_gateway_rest_api.this.id
  deployment_id         = aws_api_gateway_deployment.this.id
  stage_name            = var.stage_name
  xray_tracing_enabled  = var.xray_tracing_enabled
  cache_cluster_enabled = var.cache_cluster_size != null
  cache_cluster_size    = var.cache_cluster_size

  access_log_settings {
    destination_arn = aws_cloudwatch_log_group.access.arn
    format = jsonencode({
      requestId      = "$context.requestId"
      sourceIp       = "$context.identity.sourceIp"
      httpMethod     = "$context.httpMethod"
      resourcePath   = "$context.resourcePath"
      status         = "$context.status"
      responseLength = "$context.responseLength"
      latencyMs      = "$context.responseLatency"
      userAgent      = "$context.identity.userAgent"
    })
  }

  tags = local.common_tags
}

resource "aws_api_gateway_method_settings" "all" {
  rest_api_id = aws_api_gateway_rest_api.this.id
  stage_name  = aws_api_gateway_stage.this.stage_name
  method_path = "*/*"

  settings {
    metrics_enabled        = true
    logging_level          = "ERROR"
    throttling_burst_limit = var.throttling_burst_limit
    throttling_rate_limit  = var.throttling_rate_limit
    caching_enabled        = var.cache_cluster_size != null
  }
}

resource "aws_wafv2_web_acl_association" "this" {
  count = var.waf_acl_arn == null ? 0 : 1

  resource_arn = aws_api_gateway_stage.this.arn
  web_acl_arn  = var.waf_acl_arn
}

# ---------------------------------------------------------------------------
# Custom domain
# ---------------------------------------------------------------------------

resource "aws_api_gateway_domain_name" "this" {
  count = var.domain_name == null ? 0 : 1

  domain_name              = var.domain_name
  regional_certificate_arn = var.endpoint_type == "REGIONAL" ? var.certificate_arn : null
  certificate_arn          = var.endpoint_type == "EDGE" ? var.certificate_arn : null
  security_policy          = "TLS_1_2"

  endpoint_configuration {
    types = [var.endpoint_type]
  }

  tags = local.common_tags
}

resource "aws_api_gateway_base_path_mapping" "this" {
  count = var.domain_name == null ? 0 : 1

  api_id      = aws_api_gateway_rest_api.this.id
  stage_name  = aws_api_gateway_stage.this.stage_name
  domain_name = aws_api_gateway_domain_name.this[0].domain_name
}
