resource "aws_vpc" "this" {
  cidr_block = var.cidr
}

resource "aws_subnet" "private" {
  count      = 3
  vpc_id     = aws_vpc.this.id
  cidr_block = cidrsubnet(var.cidr, 4, count.index)
}

resource "aws_nat_gateway" "this" {
  subnet_id = aws_subnet.private[0].id
}

resource "aws_iam_role" "flow_logs" {
  name               = "flow-logs"
  assume_role_policy = "{}"
}

resource "aws_iam_role_policy_attachment" "flow_logs" {
  role       = aws_iam_role.flow_logs.name
  policy_arn = "arn:aws:iam::aws:policy/x"
}
