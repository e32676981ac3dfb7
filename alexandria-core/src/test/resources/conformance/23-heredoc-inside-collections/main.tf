variable "templates" {
  default = {
    error = <<EOF
{ "message": "$${msg}" }
EOF
    ok    = "fine"
  }
}

variable "list" {
  default = [
    "zero",
    <<-EOT
      one
    EOT
  ]
}
