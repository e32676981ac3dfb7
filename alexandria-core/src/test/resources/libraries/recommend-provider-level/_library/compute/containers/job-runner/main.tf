variable "subnet_ids" {
  type        = list(string)
  description = "Subnets the jobs run in."
}

resource "aws_batch_job_queue" "this" {
  name     = "jobs"
  state    = "ENABLED"
  priority = 1
}

output "job_queue_arn" {
  value = aws_batch_job_queue.this.arn
}
