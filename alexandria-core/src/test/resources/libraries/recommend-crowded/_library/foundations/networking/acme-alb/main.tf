resource "aws_lb" "this" {
}

resource "aws_lb_listener" "this" {
}

output "id" {
  value = "acme-alb"
}
