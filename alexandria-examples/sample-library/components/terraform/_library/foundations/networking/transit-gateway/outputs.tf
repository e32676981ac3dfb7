output "transit_gateway_id" {
  description = "ID of the transit gateway."
  value       = aws_ec2_transit_gateway.this.id
}

output "transit_gateway_arn" {
  description = "ARN of the transit gateway."
  value       = aws_ec2_transit_gateway.this.arn
}

output "route_table_ids" {
  description = "IDs of the custom route tables, by name."
  value       = { for k, rt in aws_ec2_transit_gateway_route_table.this : k => rt.id }
}

output "vpc_attachment_ids" {
  description = "IDs of the VPC attachments, by name."
  value       = { for k, a in aws_ec2_transit_gateway_vpc_attachment.this : k => a.id }
}

output "resource_share_arn" {
  description = "ARN of the RAM share, or null when the gateway is not shared."
  value       = try(aws_ram_resource_share.this[0].arn, null)
}
