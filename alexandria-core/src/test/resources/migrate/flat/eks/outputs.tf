output "endpoint" {
  value = aws_eks_cluster.this.endpoint
}
