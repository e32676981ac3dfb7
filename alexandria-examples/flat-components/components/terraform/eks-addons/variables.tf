variable "cluster_name" {
  type        = string
  description = "Name of the EKS cluster the add-ons are installed in (the eks component's cluster_name output)."
}

variable "oidc_provider_arn" {
  type        = string
  description = "ARN of the cluster's IAM OIDC provider (the eks component's oidc_provider_arn output)."
}

variable "oidc_issuer_url" {
  type        = string
  description = "Issuer URL of the cluster's OIDC provider (the eks component's oidc_issuer_url output)."
}

variable "addons" {
  type        = map(string)
  description = "EKS add-ons to install, keyed by add-on name, with the add-on version (null for the default)."
  default = {
    vpc-cni            = null
    coredns            = null
    kube-proxy         = null
    aws-ebs-csi-driver = null
  }
}

variable "tags" {
  type        = map(string)
  description = "Tags added to every resource of the module."
  default     = {}
}
