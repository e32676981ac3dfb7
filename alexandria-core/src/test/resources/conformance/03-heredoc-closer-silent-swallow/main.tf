variable "first" {
  default = <<EOT
alpha
EOT 
}

variable "second" {
  default = <<EOT
beta
EOT
}
