variable "extra" {
  type = "list"
}
