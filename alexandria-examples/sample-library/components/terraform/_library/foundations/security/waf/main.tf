locals {
  metric_prefix = replace(var.name, "-", "")

  common_tags = merge(var.tags, {
    "managed-by" = "terraform"
    "module"     = "waf"
  })
}

resource "aws_wafv2_ip_set" "allow" {
  count = length(var.ip_allowlist) > 0 ? 1 : 0

  name               = "${var.name}-allow"
  scope              = var.scope
  ip_address_version = "IPV4"
  addresses          = var.ip_allowlist

  tags = local.common_tags
}

resource "aws_wafv2_ip_set" "block" {
  count = length(var.ip_blocklist) > 0 ? 1 : 0

  name               = "${var.name}-block"
  scope              = var.scope
  ip_address_version = "IPV4"
  addresses          = var.ip_blocklist

  tags = local.common_tags
}

resource "aws_wafv2_web_acl" "this" {
  name        = var.name
  description = var.description
  scope       = var.scope

  default_action {
    dynamic "allow" {
      for_each = var.default_action == "allow" ? [1] : []
      content {}
    }
    dynamic "block" {
      for_each = var.default_action == "block" ? [1] : []
      content {}
    }
  }

  dynamic "rule" {
    for_each = aws_wafv2_ip_set.allow
    content {
      name     = "allowlist"
      priority = 0

      action {
        allow {}
      }

      statement {
        ip_set_reference_statement {
          arn = rule.value.arn
        }
      }

      visibility_config {
        cloudwatch_metrics_enabled = true
        metric_name                = "${local.metric_prefix}Allowlist"
        sampled_requests_enabled   = var.sampled_requests_enabled
      }
    }
  }

  dynamic "rule" {
    for_each = aws_wafv2_ip_set.block
    content {
      name     = "blocklist"
      priority = 1

      action {
        block {}
      }

      statement {
        ip_set_reference_statement {
          arn = rule.value.arn
        }
      }

      visibility_config {
        cloudwatch_metrics_enabled = true
        metric_name                = "${local.metric_prefix}Blocklist"
        sampled_requests_enabled   = var.sampled_requests_enabled
      }
    }
  }

  dynamic "rule" {
    for_each = length(var.geo_block_countries) > 0 ? [1] : []
    content {
      name     = "geo-block"
      priority = 2

      action {
        block {}
      }

      statement {
        geo_match_statement {
          country_codes = var.geo_block_countries
        }
      }

      visibility_config {
        cloudwatch_metrics_enabled = true
        metric_name                = "${local.metric_prefix}GeoBlock"
        sampled_requests_enabled   = var.sampled_requests_enabled
      }
    }
  }

  dynamic "rule" {
    for_each = var.rate_limit > 0 ? [1] : []
    content {
      name     = "rate-limit-per-ip"
      priority = 5

      action {
        block {}
      }

      statement {
        rate_based_statement {
          limit              = var.rate_limit
          aggregate_key_type = "IP"
        }
      }

      visibility_config {
        cloudwatch_metrics_enabled = true
        metric_name                = "${local.metric_prefix}RateLimit"
        sampled_requests_enabled   = var.sampled_requests_enabled
      }
    }
  }

  dynamic "rule" {
    for_each = { for g in var.managed_rule_groups : g.name => g }
    content {
      name     = rule.value.name
      priority = rule.value.priority

      override_action {
        dynamic "none" {
          for_each = rule.value.count_only ? [] : [1]
          content {}
        }
        dynamic "count" {
          for_each = rule.value.count_only ? [1] : []
          content {}
        }
      }

      statement {
        managed_rule_group_statement {
          name        = rule.value.name
          vendor_name = rule.value.vendor_name

          dynamic "rule_action_override" {
            for_each = rule.value.rules_to_count
            content {
              name = rule_action_override.value
              action_to_use {
                count {}
              }
            }
          }
        }
      }

      visibility_config {
        cloudwatch_metrics_enabled = true
        metric_name                = "${local.metric_prefix}${rule.value.name}"
        sampled_requests_enabled   = var.sampled_requests_enabled
      }
    }
  }

  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = local.metric_prefix
    sampled_requests_enabled   = var.sampled_requests_enabled
  }

  tags = local.common_tags
}

# count, not for_each: the ARNs are often unknown until the load balancer or stage exists.
resource "aws_wafv2_web_acl_association" "this" {
  count = var.scope == "REGIONAL" ? length(var.associate_resource_arns) : 0

  resource_arn = var.associate_resource_arns[count.index]
  web_acl_arn  = aws_wafv2_web_acl.this.arn
}

resource "aws_cloudwatch_log_group" "this" {
  count = var.enable_logging ? 1 : 0

  # WAF only delivers to log groups whose name starts with aws-waf-logs-.
  name              = "aws-waf-logs-${var.name}"
  retention_in_days = var.log_retention_days

  tags = local.common_tags
}

resource "aws_wafv2_web_acl_logging_configuration" "this" {
  count = var.enable_logging ? 1 : 0

  resource_arn            = aws_wafv2_web_acl.this.arn
  log_destination_configs = [aws_cloudwatch_log_group.this[0].arn]

  dynamic "redacted_fields" {
    for_each = var.redacted_headers
    content {
      single_header {
        name = redacted_fields.value
      }
    }
  }
}
