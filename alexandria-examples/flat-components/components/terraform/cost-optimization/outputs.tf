output "budget_name" {
  description = "Name of the monthly budget."
  value       = module.budgets.budget_name
}

output "scheduler_function_arn" {
  description = "ARN of the off-hours scheduler function."
  value       = module.scheduler.function_arn
}
