variable "subnet_ids" {
  type        = list(string)
  description = "Subnets of the cluster."
}

resource "aws_eks_cluster" "this" {
  name     = "main"
  role_arn = "arn:aws:iam::123456789012:role/eks"
  vpc_config {
    subnet_ids = var.subnet_ids
  }
}

resource "aws_eks_addon" "vpc_cni" {
  cluster_name = aws_eks_cluster.this.name
  addon_name   = "vpc-cni"
}

output "cluster_name" {
  description = "The name of the cluster."
  value       = aws_eks_cluster.this.name
}

output "cluster_endpoint" {
  description = "The endpoint of the cluster's API server."
  value       = aws_eks_cluster.this.endpoint
}
