variable "vpc_id" {
  type        = string
  description = "The VPC to add the endpoints to."
}

resource "aws_vpc_endpoint" "this" {
  vpc_id       = var.vpc_id
  service_name = "com.amazonaws.eu-west-1.s3"
}

output "vpc_id" {
  description = "The VPC the endpoints are in (the input, passed through)."
  value       = var.vpc_id
}

output "endpoint_ids" {
  value = [aws_vpc_endpoint.this.id]
}
