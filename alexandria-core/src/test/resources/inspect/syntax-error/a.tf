variable "before" {
  default = 1
}

variable "broken" {
  default = [1, 2
}

variable "after" {}
