variable "name" {
  type        = string
  description = "Name prefix."
}

variable "vpc_id" {
  type = string
}
