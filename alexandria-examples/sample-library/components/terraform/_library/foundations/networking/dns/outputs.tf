output "zone_id" {
  description = "ID of the hosted zone."
  value       = local.zone_id
}

output "zone_name" {
  description = "Name of the hosted zone."
  value       = var.zone_name
}

output "name_servers" {
  description = "Name servers of the public zone; delegate to these from the parent zone."
  value       = try(aws_route53_zone.this[0].name_servers, data.aws_route53_zone.existing[0].name_servers)
}

output "record_fqdns" {
  description = "Fully qualified names of the managed records, by key."
  value       = { for k, r in aws_route53_record.this : k => r.fqdn }
}

output "health_check_ids" {
  description = "IDs of the health checks, by name."
  value       = { for k, hc in aws_route53_health_check.this : k => hc.id }
}

output "ds_record" {
  description = "DS record to publish in the parent zone when DNSSEC is enabled, or null."
  value       = try(aws_route53_key_signing_key.this[0].ds_record, null)
}
