output "guardduty_detector_id" {
  description = "ID of the GuardDuty detector."
  value       = aws_guardduty_detector.this.id
}

output "securityhub_account_id" {
  description = "ID of the Security Hub account resource."
  value       = aws_securityhub_account.this.id
}
