variable "image" {
  type = string
}

resource "aws_ecs_service" "this" {
  name = "app"
}
