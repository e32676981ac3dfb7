output "detector_id" {
  description = "ID of the GuardDuty detector."
  value       = aws_guardduty_detector.this.id
}

output "detector_arn" {
  description = "ARN of the GuardDuty detector."
  value       = aws_guardduty_detector.this.arn
}

output "enabled_features" {
  description = "Protection plans that are enabled."
  value       = [for name, enabled in local.features : name if enabled]
}
