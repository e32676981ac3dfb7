variable "size" {
  default = "medium"
}
