variable "cluster_name" {
  type        = string
  description = "The name of the EKS cluster the add-ons go on."
}

variable "cluster_endpoint" {
  type        = string
  description = "The endpoint of the EKS cluster's API server."
}

resource "aws_eks_addon" "coredns" {
  cluster_name = var.cluster_name
  addon_name   = "coredns"
}

resource "helm_release" "argocd" {
  name       = "argo-cd"
  repository = "https://argoproj.github.io/argo-helm"
  chart      = "argo-cd"
}
