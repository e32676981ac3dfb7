variable "threshold" {
  default = 5
}

output "result" {
  value       = 2
  description = "the second one"
}
