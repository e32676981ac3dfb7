resource "aws_vpc" "this" {
  cidr_block = var.cidr
}

removed {
  from = aws_flow_log.this

  lifecycle {
    destroy = false
  }
}
