variable "port" {
  type = string
}
