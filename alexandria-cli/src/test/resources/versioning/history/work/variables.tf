variable "name" {
  type        = string
  description = "Name of the VPC."
}

variable "ipv4_cidr" {
  type        = string
  description = "IPv4 CIDR block."
}

variable "tags" {
  type        = map(string)
  description = "Tags for every resource."
  default     = {}
}

variable "enable_dns_hostnames" {
  type        = bool
  description = "Give instances DNS host names."
  default     = true
}
