output "vpc_id" {
  value       = "x"
  description = "The VPC id."
}

output "vpc_arn" {
  value       = "x"
  description = "The VPC ARN."
}
