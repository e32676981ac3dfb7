variable "azs" {
  type = list(string)
}

resource "aws_nat_gateway" "this" {
  count         = length(var.azs)
  allocation_id = "eipalloc-1"
  subnet_id     = "subnet-1"
}

resource "aws_eks_cluster" "this" {
  name     = "c"
  role_arn = "arn:aws:iam::1:role/r"
  version  = var.kubernetes_version

  vpc_config {
    subnet_ids = ["subnet-1"]
  }
}

variable "kubernetes_version" {
  type = string
}
