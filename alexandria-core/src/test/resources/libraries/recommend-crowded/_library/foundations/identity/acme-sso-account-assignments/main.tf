resource "aws_ssoadmin_account_assignment" "this" {
}

output "id" {
  value = "acme-sso-account-assignments"
}
