variable "glued" {
  default = <<-EOF
    text glued to the markerEOF
}

variable "later" {
  default = "also kept"
}
