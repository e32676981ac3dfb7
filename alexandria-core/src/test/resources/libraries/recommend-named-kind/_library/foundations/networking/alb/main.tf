resource "aws_lb" "this" {
  name               = "app"
  load_balancer_type = "application"
}

output "alb_arn" {
  value = aws_lb.this.arn
}
