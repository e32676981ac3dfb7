output "log_group_arns" {
  description = "ARNs of the log groups, by name."
  value       = { for k, lg in aws_cloudwatch_log_group.this : k => lg.arn }
}

output "log_group_names" {
  description = "Names of the log groups."
  value       = keys(aws_cloudwatch_log_group.this)
}

output "metric_names" {
  description = "Namespace/name of the metrics produced by the metric filters, by filter name."
  value       = { for k, f in var.metric_filters : k => "${f.namespace}/${f.metric_name}" }
}
