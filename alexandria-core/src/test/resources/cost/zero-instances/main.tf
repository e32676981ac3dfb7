variable "create_nat" {
  type    = bool
  default = false
}

variable "queues" {
  type    = set(string)
  default = []
}

resource "aws_nat_gateway" "this" {
  count         = var.create_nat ? 1 : 0
  allocation_id = "eipalloc-123"
  subnet_id     = "subnet-123"
}

resource "aws_sqs_queue" "q" {
  for_each = var.queues
  name     = each.key
}

resource "aws_eip" "spare" {
  count = 0
}

module "child" {
  source = "./child"
  count  = 0
}

resource "aws_kms_key" "this" {
}
