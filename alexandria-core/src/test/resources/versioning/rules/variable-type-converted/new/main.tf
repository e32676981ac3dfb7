variable "zones" {
  type = set(string)
}
