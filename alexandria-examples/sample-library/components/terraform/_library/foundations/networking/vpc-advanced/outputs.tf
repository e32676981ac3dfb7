output "vpc_id" {
  description = "ID of the VPC."
  value       = aws_vpc.this.id
}

output "vpc_arn" {
  description = "ARN of the VPC."
  value       = aws_vpc.this.arn
}

output "vpc_cidr_block" {
  description = "Primary IPv4 CIDR block of the VPC."
  value       = aws_vpc.this.cidr_block
}

output "secondary_cidr_blocks" {
  description = "Secondary IPv4 CIDR blocks associated with the VPC."
  value       = [for a in aws_vpc_ipv4_cidr_block_association.secondary : a.cidr_block]
}

output "vpc_ipv6_cidr_block" {
  description = "IPv6 CIDR block of the VPC, or an empty string when IPv6 is disabled."
  value       = aws_vpc.this.ipv6_cidr_block
}

output "public_subnet_ids" {
  description = "IDs of the public subnets."
  value       = aws_subnet.public[*].id
}

output "private_subnet_ids" {
  description = "IDs of the private application subnets."
  value       = aws_subnet.private[*].id
}

output "database_subnet_ids" {
  description = "IDs of the isolated database subnets."
  value       = aws_subnet.database[*].id
}

output "intra_subnet_ids" {
  description = "IDs of the intra subnets."
  value       = aws_subnet.intra[*].id
}

output "database_subnet_group_name" {
  description = "Name of the RDS subnet group, or null when no database tier exists."
  value       = try(aws_db_subnet_group.database[0].name, null)
}

output "private_route_table_ids" {
  description = "IDs of the private route tables, one per availability zone."
  value       = aws_route_table.private[*].id
}

output "nat_gateway_ids" {
  description = "IDs of the NAT gateways."
  value       = aws_nat_gateway.this[*].id
}

output "nat_gateway_public_ips" {
  description = "Public IP addresses of the NAT gateways."
  value       = aws_nat_gateway.this[*].public_ip
}

output "vpn_gateway_id" {
  description = "ID of the virtual private gateway, or null."
  value       = try(aws_vpn_gateway.this[0].id, null)
}

output "customer_gateway_ids" {
  description = "IDs of the registered customer gateways, by name."
  value       = { for k, cgw in aws_customer_gateway.this : k => cgw.id }
}

output "transit_gateway_attachment_id" {
  description = "ID of the transit gateway VPC attachment, or null."
  value       = try(aws_ec2_transit_gateway_vpc_attachment.this[0].id, null)
}

output "endpoint_security_group_id" {
  description = "ID of the security group in front of interface endpoints, or null."
  value       = try(aws_security_group.endpoints[0].id, null)
}

output "flow_log_id" {
  description = "ID of the VPC flow log, or null when flow logs are off."
  value       = try(aws_flow_log.this[0].id, null)
}
