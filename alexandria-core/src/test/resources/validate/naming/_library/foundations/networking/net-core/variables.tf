variable "name" {
  type        = string
  description = "Name prefix of every resource."
}

variable "cidrBlock" {
  type        = string
  description = "CIDR block of the VPC."
  default     = "10.0.0.0/16"
}
