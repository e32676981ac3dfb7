data "aws_iam_policy_document" "irsa" {
  for_each = local.irsa_addons

  statement {
    actions = ["sts:AssumeRoleWithWebIdentity"]

    principals {
      type        = "Federated"
      identifiers = [var.oidc_provider_arn]
    }

    condition {
      test     = "StringEquals"
      variable = "${replace(var.oidc_issuer_url, "https://", "")}:sub"
      values   = ["system:serviceaccount:kube-system:${each.value.service_account}"]
    }
  }
}

locals {
  irsa_addons = {
    aws-ebs-csi-driver = {
      service_account = "ebs-csi-controller-sa"
      policy_arn      = "arn:aws:iam::aws:policy/service-role/AmazonEBSCSIDriverPolicy"
    }
    vpc-cni = {
      service_account = "aws-node"
      policy_arn      = "arn:aws:iam::aws:policy/AmazonEKS_CNI_Policy"
    }
  }
}

resource "aws_iam_role" "addon" {
  for_each = local.irsa_addons

  name_prefix        = "${substr(var.cluster_name, 0, 20)}-${substr(each.key, 0, 10)}-"
  assume_role_policy = data.aws_iam_policy_document.irsa[each.key].json

  tags = var.tags
}

resource "aws_iam_role_policy_attachment" "addon" {
  for_each = local.irsa_addons

  role       = aws_iam_role.addon[each.key].name
  policy_arn = each.value.policy_arn
}

resource "aws_eks_addon" "this" {
  for_each = var.addons

  cluster_name                = var.cluster_name
  addon_name                  = each.key
  addon_version               = each.value
  resolve_conflicts_on_update = "OVERWRITE"
  service_account_role_arn    = contains(keys(local.irsa_addons), each.key) ? aws_iam_role.addon[each.key].arn : null

  tags = var.tags
}
