resource "aws_eks_cluster" "this" {
  name = "k8s"
}

output "cluster_name" {
  value = aws_eks_cluster.this.name
}
