resource "aws_guardduty_detector" "this" {
}

output "id" {
  value = "acme-guardduty"
}
