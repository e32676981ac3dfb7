output "cluster_name" {
  description = "Name of the EKS cluster."
  value       = aws_eks_cluster.this.name
}

output "cluster_arn" {
  description = "ARN of the EKS cluster."
  value       = aws_eks_cluster.this.arn
}

output "cluster_endpoint" {
  description = "Endpoint of the Kubernetes API server."
  value       = aws_eks_cluster.this.endpoint
}

output "cluster_version" {
  description = "Kubernetes version of the control plane."
  value       = aws_eks_cluster.this.version
}

output "cluster_certificate_authority_data" {
  description = "Base64-encoded certificate authority data of the cluster."
  value       = aws_eks_cluster.this.certificate_authority[0].data
  sensitive   = true
}

output "cluster_security_group_id" {
  description = "ID of the EKS-managed cluster security group shared by control plane and nodes."
  value       = aws_eks_cluster.this.vpc_config[0].cluster_security_group_id
}

output "oidc_issuer_url" {
  description = "OIDC issuer URL of the cluster."
  value       = aws_eks_cluster.this.identity[0].oidc[0].issuer
}

output "oidc_provider_arn" {
  description = "ARN of the IAM OIDC provider for IRSA, or null when IRSA is off."
  value       = try(aws_iam_openid_connect_provider.this[0].arn, null)
}

output "node_role_arn" {
  description = "ARN of the IAM role used by managed node groups."
  value       = aws_iam_role.node.arn
}

output "node_group_ids" {
  description = "IDs of the managed node groups, by name."
  value       = { for k, ng in aws_eks_node_group.this : k => ng.id }
}

output "kms_key_arn" {
  description = "ARN of the KMS key encrypting Kubernetes secrets, or null."
  value       = local.kms_key_arn
}

output "account_id" {
  description = "AWS account the cluster runs in."
  value       = data.aws_caller_identity.current.account_id
}
