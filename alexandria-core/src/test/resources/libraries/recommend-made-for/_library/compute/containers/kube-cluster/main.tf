variable "cluster_name" {
  type        = string
  description = "The name of the cluster."
}

resource "aws_eks_cluster" "this" {
  name     = var.cluster_name
  role_arn = "arn:aws:iam::123456789012:role/eks"
  vpc_config {
    subnet_ids = []
  }
}

output "cluster_name" {
  value       = aws_eks_cluster.this.name
  description = "The name of the cluster."
}
