variable "threshold" {
  default = 3
}

output "result" {
  value = 1
}
