variable "documented" {
  type        = string
  description = <<-EOT
    The first line
    the second line
    EOT
  default     = "plain"
}

output "flush_with_blank_line" {
  value       = 1
  description = <<-EOT
    top

    bottom
    EOT
}
