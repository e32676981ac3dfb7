variable "name" {
  type        = string
  description = "Name prefix."
}

variable "region" {
  type    = string
  default = "eu-west-1"
}
