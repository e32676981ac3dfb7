output "security_group_id" {
  description = "ID of the security group."
  value       = aws_security_group.this.id
}

output "security_group_arn" {
  description = "ARN of the security group."
  value       = aws_security_group.this.arn
}

output "security_group_name" {
  description = "Name of the security group (with the generated suffix when a prefix is used)."
  value       = aws_security_group.this.name
}

output "ingress_rule_ids" {
  description = "IDs of all ingress rules created by the module."
  value = concat(
    [for r in aws_vpc_security_group_ingress_rule.named : r.security_group_rule_id],
    [for r in aws_vpc_security_group_ingress_rule.custom : r.security_group_rule_id],
    aws_vpc_security_group_ingress_rule.self[*].security_group_rule_id
  )
}
