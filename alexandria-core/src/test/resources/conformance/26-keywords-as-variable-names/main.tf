variable "null" { default = "a variable named null" }
variable "true" { default = false }
variable "false" { default = true }
variable "for" { default = "f" }
variable "if" { default = { in = 1 } }
variable "in" {}
output "null" { value = 1 }
