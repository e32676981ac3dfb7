variable "name" {
  type        = string
  description = "Name prefix for every resource."
}

variable "cidr_block" {
  type        = string
  description = "The VPC CIDR block."
  default     = "10.0.0.0/16"
}
