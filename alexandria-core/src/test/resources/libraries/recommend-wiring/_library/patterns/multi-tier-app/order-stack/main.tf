module "service" {
  source = "../../../compute/containers/order-service"
  vpc_id = "vpc-123"
}

module "queue" {
  source  = "other-org/queue/aws"
  version = "~> 2.0"
}

resource "aws_dynamodb_table" "orders" {
  name     = "orders"
  hash_key = "id"
}
