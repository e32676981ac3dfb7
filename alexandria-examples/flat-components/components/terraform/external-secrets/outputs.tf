output "role_arn" {
  description = "ARN of the IAM role of the operator's service account."
  value       = aws_iam_role.this.arn
}

output "namespace" {
  description = "Kubernetes namespace the operator runs in."
  value       = helm_release.external_secrets.namespace
}
