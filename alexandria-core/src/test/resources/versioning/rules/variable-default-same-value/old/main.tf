variable "replicas" {
  type    = number
  default = 2
}

variable "zones" {
  type    = list(string)
  default = ["a", "b"]
}
