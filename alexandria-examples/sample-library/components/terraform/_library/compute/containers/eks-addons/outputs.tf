output "addon_versions" {
  description = "Installed version of every managed add-on, by name."
  value       = { for k, a in aws_eks_addon.this : k => a.addon_version }
}

output "addon_arns" {
  description = "ARNs of the managed add-ons, by name."
  value       = { for k, a in aws_eks_addon.this : k => a.arn }
}

output "vpc_cni_role_arn" {
  description = "ARN of the VPC CNI IRSA role, or null."
  value       = try(aws_iam_role.vpc_cni[0].arn, null)
}

output "ebs_csi_role_arn" {
  description = "ARN of the EBS CSI driver IRSA role, or null."
  value       = try(aws_iam_role.ebs_csi[0].arn, null)
}
