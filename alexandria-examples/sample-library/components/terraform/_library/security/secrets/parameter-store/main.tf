locals {
  secure_names = nonsensitive(toset(keys(var.secure_parameters)))

  common_tags = merge(var.tags, {
    "managed-by" = "terraform"
    "module"     = "parameter-store"
  })
}

resource "aws_ssm_parameter" "plain" {
  for_each = var.ignore_value_changes ? {} : var.parameters

  name        = "${var.path_prefix}/${each.key}"
  description = each.value.description
  type        = each.value.type
  tier        = each.value.tier
  value       = each.value.value

  tags = local.common_tags
}

resource "aws_ssm_parameter" "plain_unmanaged_value" {
  for_each = var.ignore_value_changes ? var.parameters : {}

  name        = "${var.path_prefix}/${each.key}"
  description = each.value.description
  type        = each.value.type
  tier        = each.value.tier
  value       = each.value.value

  tags = local.common_tags

  lifecycle {
    ignore_changes = [value]
  }
}

resource "aws_ssm_parameter" "secure" {
  for_each = local.secure_names

  name   = "${var.path_prefix}/${each.key}"
  type   = "SecureString"
  key_id = var.kms_key_arn
  value  = var.secure_parameters[each.key]

  tags = local.common_tags
}
