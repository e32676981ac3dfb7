output "zone_id" {
  description = "ID of the Route 53 hosted zone."
  value       = aws_route53_zone.this.zone_id
}

output "name_servers" {
  description = "Name servers of the hosted zone, to delegate the domain to."
  value       = aws_route53_zone.this.name_servers
}
