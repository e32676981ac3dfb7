variable "lookalikes" {
  default = <<EOT
EOTX
EOT x
xEOT
EOT_
eot
EOT
}
