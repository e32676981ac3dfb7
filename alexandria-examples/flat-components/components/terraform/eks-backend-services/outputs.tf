output "repository_urls" {
  description = "URLs of the ECR repositories, keyed by repository name."
  value       = { for name, repo in aws_ecr_repository.this : name => repo.repository_url }
}

output "queue_urls" {
  description = "URLs of the SQS queues, keyed by queue name."
  value       = { for name, queue in aws_sqs_queue.this : name => queue.url }
}

output "role_arn" {
  description = "ARN of the IAM role the workloads assume."
  value       = module.service_role.role_arn
}
