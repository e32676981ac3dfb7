output "vpc_id" {
  description = "ID of the VPC the application runs in."
  value       = module.network.vpc_id
}
