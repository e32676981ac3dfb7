resource "aws_eks_cluster" "main0" {
  name = "k8s-cluster"
}

resource "aws_eks_node_group" "main1" {
  name = "k8s-cluster"
}

output "arn" {
  description = "ARN of the EKS cluster."
  value       = aws_eks_cluster.main0.arn
}
