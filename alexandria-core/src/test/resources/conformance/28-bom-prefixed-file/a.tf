variable "after_bom" {
  default = "b"
}
