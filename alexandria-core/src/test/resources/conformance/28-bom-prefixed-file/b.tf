variable "plain" {
  default = "p"
}
