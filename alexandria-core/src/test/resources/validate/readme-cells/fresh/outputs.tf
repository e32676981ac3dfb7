output "vpc_id" {
  description = "The VPC's id."
  value       = "x"
}
