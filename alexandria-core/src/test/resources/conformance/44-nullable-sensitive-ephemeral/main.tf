variable "password_wo" {
  type        = string
  description = "Write-only password"
  sensitive   = true
  nullable    = true
  default     = null
  ephemeral   = true
}

variable "strict" {
  type     = number
  nullable = false
  default  = 1
}

output "token" {
  value     = var.password_wo
  sensitive = true
  ephemeral = true
}
