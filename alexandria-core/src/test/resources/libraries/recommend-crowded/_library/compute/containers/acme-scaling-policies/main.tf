resource "aws_appautoscaling_target" "this" {
}

resource "aws_appautoscaling_policy" "this" {
}

output "id" {
  value = "acme-scaling-policies"
}
