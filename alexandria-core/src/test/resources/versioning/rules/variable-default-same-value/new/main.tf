variable "replicas" {
  type    = number
  default = 2.0
}

variable "zones" {
  type = list(string)
  default = [
    "a",
    "b",
  ]
}
