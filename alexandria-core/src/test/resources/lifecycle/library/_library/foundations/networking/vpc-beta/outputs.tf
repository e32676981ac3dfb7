output "vpc_id" {
  value       = "x"
  description = "The VPC id."
}
