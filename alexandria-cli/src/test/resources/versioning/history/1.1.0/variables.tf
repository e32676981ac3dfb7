variable "name" {
  type        = string
  description = "Name of the VPC."
}

variable "cidr" {
  type        = string
  description = "IPv4 CIDR block."
  default     = "10.0.0.0/16"
}

variable "tags" {
  type        = map(string)
  description = "Tags for every resource."
  default     = {}
}
