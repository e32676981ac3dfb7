output "parameter_arns" {
  description = "ARNs of all parameters, by relative name."
  value = merge(
    { for k, p in aws_ssm_parameter.plain : k => p.arn },
    { for k, p in aws_ssm_parameter.plain_unmanaged_value : k => p.arn },
    { for k, p in aws_ssm_parameter.secure : k => p.arn },
  )
}

output "path_prefix" {
  description = "Hierarchy prefix; grant ssm:GetParametersByPath on arn:aws:ssm:<region>:<account>:parameter<prefix>/*."
  value       = var.path_prefix
}
