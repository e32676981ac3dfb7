resource "aws_vpclattice_service_network" "this" {
  name = "services"
}

resource "aws_vpclattice_service_network_vpc_association" "this" {
  service_network_identifier = aws_vpclattice_service_network.this.id
  vpc_identifier             = "vpc-123"
}

output "service_network_id" {
  value = aws_vpclattice_service_network.this.id
}
