variable "password" {
  type = string
}
