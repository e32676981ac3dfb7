variable "before" {
  default = "kept"
}
