resource "aws_ec2_transit_gateway" "this" {
}

resource "aws_route" "this" {
}
