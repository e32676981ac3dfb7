variable "name" {
  type = string
}

variable "region" {
  type = string
}
