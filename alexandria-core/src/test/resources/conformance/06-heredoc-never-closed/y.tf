variable "closer_without_newline" {
  default = <<-EOT
    body
  EOT