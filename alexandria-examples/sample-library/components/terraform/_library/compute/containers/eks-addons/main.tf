locals {
  oidc_host = element(split("oidc-provider/", var.oidc_provider_arn), 1)

  core_addons = {
    vpc-cni = var.enable_vpc_cni ? {
      configuration_values = jsonencode({
        env = {
          ENABLE_PREFIX_DELEGATION = tostring(var.enable_prefix_delegation)
          WARM_PREFIX_TARGET       = "1"
        }
        enableNetworkPolicy = tostring(var.enable_network_policy)
      })
      service_account_role_arn = aws_iam_role.vpc_cni[0].arn
    } : null
    coredns = var.enable_coredns ? {
      configuration_values     = jsonencode({ replicaCount = var.coredns_replicas })
      service_account_role_arn = null
    } : null
    kube-proxy = var.enable_kube_proxy ? {
      configuration_values     = null
      service_account_role_arn = null
    } : null
    aws-ebs-csi-driver = var.enable_ebs_csi_driver ? {
      configuration_values     = null
      service_account_role_arn = aws_iam_role.ebs_csi[0].arn
    } : null
    eks-pod-identity-agent = var.enable_pod_identity_agent ? {
      configuration_values     = null
      service_account_role_arn = null
    } : null
  }

  addons = merge(
    { for name, cfg in local.core_addons : name => merge(cfg, { version = lookup(var.addon_versions, name, null) }) if cfg != null },
    { for name, cfg in var.additional_addons : name => merge(cfg, { version = coalesce(cfg.version, lookup(var.addon_versions, name, null), "default") }) }
  )

  common_tags = merge(var.tags, {
    "managed-by" = "terraform"
    "module"     = "eks-addons"
  })
}

data "aws_eks_addon_version" "default" {
  for_each = { for name, cfg in local.addons : name => cfg if cfg.version == null || cfg.version == "default" }

  addon_name         = each.key
  kubernetes_version = var.cluster_version
  most_recent        = false
}

# ---------------------------------------------------------------------------
# IRSA roles
# ---------------------------------------------------------------------------

data "aws_iam_policy_document" "irsa" {
  for_each = {
    vpc-cni = "system:serviceaccount:kube-system:aws-node"
    ebs-csi = "system:serviceaccount:kube-system:ebs-csi-controller-sa"
  }

  statement {
    actions = ["sts:AssumeRoleWithWebIdentity"]
    principals {
      type        = "Federated"
      identifiers = [var.oidc_provider_arn]
    }
    condition {
      test     = "StringEquals"
      variable = "${local.oidc_host}:sub"
      values   = [each.value]
    }
    condition {
      test     = "StringEquals"
      variable = "${local.oidc_host}:aud"
      values   = ["sts.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "vpc_cni" {
  count = var.enable_vpc_cni ? 1 : 0

  name_prefix        = "${substr(var.cluster_name, 0, 28)}-vpc-cni-"
  assume_role_policy = data.aws_iam_policy_document.irsa["vpc-cni"].json

  tags = local.common_tags
}

resource "aws_iam_role_policy_attachment" "vpc_cni" {
  count = var.enable_vpc_cni ? 1 : 0

  role       = aws_iam_role.vpc_cni[0].name
  policy_arn = "arn:aws:iam::aws:policy/AmazonEKS_CNI_Policy"
}

resource "aws_iam_role" "ebs_csi" {
  count = var.enable_ebs_csi_driver ? 1 : 0

  name_prefix        = "${substr(var.cluster_name, 0, 28)}-ebs-csi-"
  assume_role_policy = data.aws_iam_policy_document.irsa["ebs-csi"].json

  tags = local.common_tags
}

resource "aws_iam_role_policy_attachment" "ebs_csi" {
  count = var.enable_ebs_csi_driver ? 1 : 0

  role       = aws_iam_role.ebs_csi[0].name
  policy_arn = "arn:aws:iam::aws:policy/service-role/AmazonEBSCSIDriverPolicy"
}

resource "aws_iam_role_policy" "ebs_csi_kms" {
  count = var.enable_ebs_csi_driver && var.ebs_csi_kms_key_arn != null ? 1 : 0

  name   = "ebs-csi-kms"
  role   = aws_iam_role.ebs_csi[0].id
  policy = <<-EOT
    {
      "Version": "2012-10-17",
      "Statement": [
        {
          "Effect": "Allow",
          "Action": ["kms:CreateGrant", "kms:ListGrants", "kms:RevokeGrant"],
          "Resource": "${var.ebs_csi_kms_key_arn}",
          "Condition": { "Bool": { "kms:GrantIsForAWSResource": "true" } }
        },
        {
          "Effect": "Allow",
          "Action": ["kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:DescribeKey"],
          "Resource": "${var.ebs_csi_kms_key_arn}"
        }
      ]
    }
  EOT
}

# ---------------------------------------------------------------------------
# Add-ons
# ---------------------------------------------------------------------------

resource "aws_eks_addon" "this" {
  for_each = local.addons

  cluster_name                = var.cluster_name
  addon_name                  = each.key
  addon_version               = contains(keys(data.aws_eks_addon_version.default), each.key) ? data.aws_eks_addon_version.default[each.key].version : each.value.version
  configuration_values        = each.value.configuration_values
  service_account_role_arn    = each.value.service_account_role_arn
  resolve_conflicts_on_create = "OVERWRITE"
  resolve_conflicts_on_update = var.resolve_conflicts_on_update

  tags = local.common_tags
}
