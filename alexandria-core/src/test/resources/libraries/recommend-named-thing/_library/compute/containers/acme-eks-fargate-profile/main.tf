variable "cluster_name" {
  type        = string
  description = "Name of the EKS cluster the Fargate profile is for."
}

resource "aws_eks_fargate_profile" "this" {
  cluster_name         = var.cluster_name
  fargate_profile_name = "default"
}
