variable "name" {
  type = string
}

variable "cidr_block" {
  description = "CIDR block of the VPC."
  default     = "10.0.0.0/16"
}
