output "vpc_id" {
  description = "ID of the platform's VPC."
  value       = module.network.vpc_id
}

output "cluster_name" {
  description = "Name of the platform's EKS cluster."
  value       = module.cluster.cluster_name
}

output "cluster_endpoint" {
  description = "Endpoint of the platform cluster's Kubernetes API."
  value       = module.cluster.cluster_endpoint
}

output "alert_topic_arn" {
  description = "ARN of the platform's alert topic."
  value       = module.monitoring.alert_topic_arn
}
