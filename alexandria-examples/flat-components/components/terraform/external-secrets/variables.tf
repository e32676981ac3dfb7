variable "cluster_name" {
  type        = string
  description = "Name of the EKS cluster the operator runs in."
}

variable "oidc_provider_arn" {
  type        = string
  description = "ARN of the cluster's IAM OIDC provider."
}

variable "oidc_issuer_url" {
  type        = string
  description = "Issuer URL of the cluster's OIDC provider."
}

variable "namespace" {
  type        = string
  description = "Kubernetes namespace of the operator."
  default     = "external-secrets"
}

variable "chart_version" {
  type        = string
  description = "Version of the external-secrets Helm chart."
  default     = "0.10.4"
}

variable "secret_arns" {
  type        = list(string)
  description = "ARNs of the Secrets Manager secrets the operator may read."
}

variable "tags" {
  type        = map(string)
  description = "Tags added to the operator's IAM role."
  default     = {}
}
