variable "cluster_name" {
  type        = string
  description = "The name of the EKS cluster to install the charts on."
}

variable "enable_karpenter" {
  type        = bool
  default     = false
  description = "Whether to install its chart."
}

variable "enable_argocd" {
  type        = bool
  default     = false
  description = "Whether to install its chart."
}

variable "enable_flux" {
  type        = bool
  default     = false
  description = "Whether to install its chart."
}

resource "helm_release" "this" {
  name  = "addons"
  chart = "addons"
}
