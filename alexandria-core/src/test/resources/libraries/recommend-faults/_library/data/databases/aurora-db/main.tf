resource "aws_rds_cluster" "this" {
  cluster_identifier = "db"
  engine             = "aurora-postgresql"
}

output "cluster_arn" {
  description = "ARN of the Aurora cluster."
  value       = aws_rds_cluster.this.arn
}
