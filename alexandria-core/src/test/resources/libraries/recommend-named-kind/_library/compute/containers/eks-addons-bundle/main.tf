variable "cluster_name" {
  type        = string
  description = "The EKS cluster the add-ons go to."
}

resource "aws_eks_addon" "this" {
  cluster_name = var.cluster_name
  addon_name   = "vpc-cni"
}

resource "helm_release" "this" {
  name  = "metrics-server"
  chart = "metrics-server"
}
