variable "subnet_ids" {
  type        = list(string)
  description = "The subnets to run the jobs in."
}

resource "aws_batch_job_queue" "this" {
  name = "jobs"
}
