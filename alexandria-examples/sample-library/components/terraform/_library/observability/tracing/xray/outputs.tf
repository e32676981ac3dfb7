output "sampling_rule_arns" {
  description = "ARNs of the sampling rules, by name."
  value       = { for k, r in aws_xray_sampling_rule.this : k => r.arn }
}

output "group_arns" {
  description = "ARNs of the groups, by name."
  value       = { for k, g in aws_xray_group.this : k => g.arn }
}
