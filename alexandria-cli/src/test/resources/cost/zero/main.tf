variable "create_nat" {
  type    = bool
  default = false
}

resource "aws_nat_gateway" "this" {
  count         = var.create_nat ? 1 : 0
  allocation_id = "eipalloc-123"
  subnet_id     = "subnet-123"
}

resource "aws_kms_key" "this" {
}
