variable "subnet_ids" {
  type        = list(string)
  description = "Subnets of the cluster."
}

resource "aws_eks_cluster" "this" {
  name     = "lite"
  role_arn = "arn:aws:iam::123456789012:role/eks"
  vpc_config {
    subnet_ids = var.subnet_ids
  }
}

output "cluster_name" {
  description = "The name of the cluster."
  value       = aws_eks_cluster.this.name
}
