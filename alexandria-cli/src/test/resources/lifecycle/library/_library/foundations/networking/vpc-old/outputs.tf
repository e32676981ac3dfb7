output "vpc_id" {
  value       = "x"
  description = "The VPC id."
}

output "nat_ids" {
  value       = []
  description = "The NAT gateway ids."
}
