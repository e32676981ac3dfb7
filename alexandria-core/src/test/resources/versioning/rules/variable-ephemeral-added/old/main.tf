variable "token" {
  type = string
}
