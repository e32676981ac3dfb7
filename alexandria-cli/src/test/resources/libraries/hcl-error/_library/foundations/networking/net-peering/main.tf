variable "requester_vpc_id" {
  type = string
}

variable "accepter_vpc_id" {
  type = string
}

resource "aws_vpc_peering_connection" "this" {
  vpc_id      = var.requester_vpc_id
  peer_vpc_id = var.accepter_vpc_id
}
