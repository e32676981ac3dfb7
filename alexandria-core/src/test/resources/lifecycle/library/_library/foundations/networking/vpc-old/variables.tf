variable "cidr" {
  type        = string
  description = "The VPC CIDR."
}

variable "name" {
  type        = string
  description = "The VPC name."
}

variable "enable_nat" {
  type        = bool
  default     = true
  description = "Whether to create NAT gateways."
}

variable "azs" {
  type        = list(string)
  description = "Availability zones."
}

variable "tags" {
  type        = map(string)
  default     = {}
  description = "Tags for every resource."
}
