variable "name" {
  type        = string
  description = "Name prefix."
}

variable "size" {
  type = number
  default = = 3
}

output "name" {
  value = var.name
}

terraform {
  required_version = ">= 1.5.0"
}

provider "aws" {
  region = "eu-west-1"
}
