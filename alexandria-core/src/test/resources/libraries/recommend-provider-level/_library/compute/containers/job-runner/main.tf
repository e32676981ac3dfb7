variable "subnet_ids" {
  type        = list(string)
  description = "Subnets the compute environment launches its instances in."
}

resource "aws_batch_compute_environment" "this" {
  compute_environment_name = "jobs"
  type                     = "MANAGED"
}
