locals {
  common_tags = merge(var.tags, {
    "managed-by" = "terraform"
    "module"     = "cloudwatch-logs"
  })
}

resource "aws_cloudwatch_log_group" "this" {
  for_each = var.log_groups

  name              = each.key
  retention_in_days = coalesce(each.value.retention_in_days, var.default_retention_days)
  log_group_class   = each.value.log_group_class
  skip_destroy      = each.value.skip_destroy
  kms_key_id        = var.kms_key_arn

  tags = local.common_tags
}

resource "aws_cloudwatch_log_metric_filter" "this" {
  for_each = var.metric_filters

  name           = each.key
  log_group_name = aws_cloudwatch_log_group.this[each.value.log_group].name
  pattern        = each.value.pattern

  metric_transformation {
    name          = each.value.metric_name
    namespace     = each.value.namespace
    value         = each.value.value
    default_value = each.value.default_value
  }
}

resource "aws_cloudwatch_log_subscription_filter" "this" {
  for_each = var.subscription_destination_arn == null ? {} : {
    for name, lg in var.log_groups : name => lg if lg.log_group_class == "STANDARD"
  }

  name            = "forward-all"
  log_group_name  = aws_cloudwatch_log_group.this[each.key].name
  filter_pattern  = ""
  destination_arn = var.subscription_destination_arn
  role_arn        = var.subscription_role_arn
  distribution    = "ByLogStream"
}
