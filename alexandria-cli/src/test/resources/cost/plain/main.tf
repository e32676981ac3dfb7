resource "aws_ebs_volume" "data" {
  availability_zone = "us-east-1a"
  type              = "gp2"
  size              = 10
}

resource "aws_lambda_function" "api" {
  function_name = "api"
  role          = "arn:aws:iam::123456789012:role/api"
  runtime       = "python3.12"
  handler       = "main.handler"
  memory_size   = 128
}

resource "aws_quantum_ledger" "books" {
  name = "books"
}
