variable "script" {
  default = <<EOT
line one
line two
EOT
}

variable "plain" {
  default = "no line ending inside"
}
