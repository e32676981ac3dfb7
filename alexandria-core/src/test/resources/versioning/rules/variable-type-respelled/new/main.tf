variable "extra" {
  type = list(any)
}
