variable "empty" {
  default = <<EOT
EOT
}

variable "digits" {
  default = <<EOF1
EOF
EOF1
}

variable "underscore_flush" {
  default = <<-END_2
  END_2
}
