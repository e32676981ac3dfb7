variable "cidr_block" {
  description = "The IPv4 CIDR block of the VPC."
  type        = string
  default     = "10.0.0.0/16"
}

variable "azs" {
  description = "Availability zones to spread subnets over."
  type        = list(string)
}

variable "tags" {
  description = "Tags for every resource."
  type        = map(string)
  default     = {}
}

variable "enable_nat" {
  description = "Whether to create NAT gateways."
  type        = bool
  default     = true
}
