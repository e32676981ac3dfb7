variable "ipv4_cidr" {
  type        = string
  description = "The VPC IPv4 CIDR."
}

variable "name" {
  type        = string
  description = "The VPC name."
}

variable "enable_nat_gateway" {
  type        = bool
  default     = true
  description = "Whether to create NAT gateways."
}

variable "azs" {
  type        = set(string)
  description = "Availability zones."
}

variable "region" {
  type        = string
  description = "The AWS region."
}

variable "tags" {
  type        = map(string)
  description = "Tags for every resource (the owner tag is required)."
}
