locals {
  zone_id = var.create_zone ? aws_route53_zone.this[0].zone_id : data.aws_route53_zone.existing[0].zone_id

  records = {
    for key, r in var.records : key => merge(r, {
      fqdn = key == "@" ? var.zone_name : "${key}.${var.zone_name}"
    })
  }

  common_tags = merge(var.tags, {
    "managed-by" = "terraform"
    "module"     = "dns"
  })
}

data "aws_route53_zone" "existing" {
  count = var.create_zone ? 0 : 1

  name         = var.zone_name
  private_zone = var.private_zone
}

resource "aws_route53_zone" "this" {
  count = var.create_zone ? 1 : 0

  name              = var.zone_name
  comment           = var.comment
  force_destroy     = var.force_destroy
  delegation_set_id = var.private_zone ? null : var.delegation_set_id

  dynamic "vpc" {
    for_each = var.private_zone ? var.vpc_ids : []
    content {
      vpc_id = vpc.value
    }
  }

  tags = local.common_tags
}

resource "aws_route53_health_check" "this" {
  for_each = var.health_checks

  fqdn              = each.value.fqdn
  port              = each.value.port
  type              = each.value.type
  resource_path     = each.value.resource_path
  failure_threshold = each.value.failure_threshold
  request_interval  = each.value.request_interval

  tags = merge(local.common_tags, { Name = each.key })
}

resource "aws_route53_record" "this" {
  for_each = local.records

  zone_id         = local.zone_id
  name            = each.value.fqdn
  type            = each.value.type
  ttl             = each.value.alias == null ? each.value.ttl : null
  records         = each.value.alias == null ? each.value.records : null
  health_check_id = each.value.health_check == null ? null : aws_route53_health_check.this[each.value.health_check].id

  dynamic "alias" {
    for_each = each.value.alias == null ? [] : [each.value.alias]
    content {
      name                   = alias.value.name
      zone_id                = alias.value.zone_id
      evaluate_target_health = alias.value.evaluate_target_health
    }
  }
}

resource "aws_route53_key_signing_key" "this" {
  count = var.enable_dnssec && !var.private_zone ? 1 : 0

  name                       = replace(var.zone_name, ".", "-")
  hosted_zone_id             = local.zone_id
  key_management_service_arn = var.dnssec_kms_key_arn
}

resource "aws_route53_hosted_zone_dnssec" "this" {
  count = var.enable_dnssec && !var.private_zone ? 1 : 0

  hosted_zone_id = aws_route53_key_signing_key.this[0].hosted_zone_id
}

resource "aws_cloudwatch_log_group" "query_log" {
  count = var.enable_query_logging && !var.private_zone ? 1 : 0

  name              = "/aws/route53/${var.zone_name}"
  retention_in_days = var.query_log_retention_days

  tags = local.common_tags
}

resource "aws_cloudwatch_log_resource_policy" "query_log" {
  count = var.enable_query_logging && !var.private_zone ? 1 : 0

  policy_name     = "route53-query-logging-${replace(var.zone_name, ".", "-")}"
  policy_document = <<-EOT
    {
      "Version": "2012-10-17",
      "Statement": [
        {
          "Effect": "Allow",
          "Principal": { "Service": "route53.amazonaws.com" },
          "Action": ["logs:CreateLogStream", "logs:PutLogEvents"],
          "Resource": "${aws_cloudwatch_log_group.query_log[0].arn}:*"
        }
      ]
    }
  EOT
}

resource "aws_route53_query_log" "this" {
  count = var.enable_query_logging && !var.private_zone ? 1 : 0

  zone_id                  = local.zone_id
  cloudwatch_log_group_arn = aws_cloudwatch_log_group.query_log[0].arn

  depends_on = [aws_cloudwatch_log_resource_policy.query_log]
}
