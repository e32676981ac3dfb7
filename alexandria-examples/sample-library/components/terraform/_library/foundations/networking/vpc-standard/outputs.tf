output "vpc_id" {
  description = "ID of the VPC."
  value       = aws_vpc.this.id
}

output "vpc_cidr_block" {
  description = "IPv4 CIDR block of the VPC."
  value       = aws_vpc.this.cidr_block
}

output "vpc_ipv6_cidr_block" {
  description = "IPv6 CIDR block of the VPC, or an empty string when IPv6 is disabled."
  value       = aws_vpc.this.ipv6_cidr_block
}

output "azs" {
  description = "Availability zones the subnets were created in."
  value       = var.azs
}

output "public_subnet_ids" {
  description = "IDs of the public subnets, in availability-zone order."
  value       = aws_subnet.public[*].id
}

output "private_subnet_ids" {
  description = "IDs of the private application subnets, in availability-zone order."
  value       = aws_subnet.private[*].id
}

output "database_subnet_ids" {
  description = "IDs of the isolated database subnets."
  value       = aws_subnet.database[*].id
}

output "database_subnet_group_name" {
  description = "Name of the RDS subnet group over the database subnets, or null when there is none."
  value       = try(aws_db_subnet_group.database[0].name, null)
}

output "private_route_table_ids" {
  description = "IDs of the private route tables, one per availability zone."
  value       = aws_route_table.private[*].id
}

output "nat_gateway_public_ips" {
  description = "Elastic IP addresses of the NAT gateways (allow-list these with partners)."
  value       = aws_eip.nat[*].public_ip
}

output "interface_endpoint_ids" {
  description = "IDs of the interface endpoints, by short service name."
  value       = { for k, ep in aws_vpc_endpoint.interface : k => ep.id }
}

output "flow_log_group_name" {
  description = "Name of the CloudWatch Logs group receiving flow logs, or null when flow logs are off."
  value       = try(aws_cloudwatch_log_group.flow_logs[0].name, null)
}
