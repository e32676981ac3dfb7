variable "vpc_id" {
  type        = string
  description = "The VPC to make the subnets in; a module added for a required input needs its own required inputs too."
}

resource "aws_subnet" "private" {
  vpc_id = var.vpc_id
}

output "private_subnet_ids" {
  value = [aws_subnet.private.id]
}
