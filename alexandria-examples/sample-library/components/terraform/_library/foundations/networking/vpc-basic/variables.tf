variable "name" {
  type        = string
  description = "Name prefix applied to the VPC and every resource it creates."

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{1,38}$", var.name))
    error_message = "name must be 2-39 characters of lower-case letters, digits and hyphens, starting with a letter."
  }
}

variable "cidr_block" {
  type        = string
  description = "IPv4 CIDR block of the VPC, for example 10.20.0.0/16."
  default     = "10.0.0.0/16"

  validation {
    condition     = can(cidrhost(var.cidr_block, 0))
    error_message = "cidr_block must be a valid IPv4 CIDR block."
  }
}

variable "azs" {
  type        = list(string)
  description = "One or two availability zones to place subnets in."
  default     = ["us-east-1a", "us-east-1b"]

  validation {
    condition     = length(var.azs) >= 1 && length(var.azs) <= 2
    error_message = "vpc-basic supports one or two availability zones; use vpc-standard for more."
  }
}

variable "public_subnet_cidrs" {
  type        = list(string)
  description = "CIDR blocks of the public subnets, one per availability zone."
  default     = ["10.0.0.0/24", "10.0.1.0/24"]
}

variable "private_subnet_cidrs" {
  type        = list(string)
  description = "CIDR blocks of the private (no internet egress) subnets, one per availability zone."
  default     = ["10.0.10.0/24", "10.0.11.0/24"]
}

variable "enable_dns_hostnames" {
  type        = bool
  description = "Give instances with public IP addresses public DNS hostnames."
  default     = true
}

variable "map_public_ip_on_launch" {
  type        = bool
  description = "Assign a public IPv4 address to instances launched in the public subnets."
  default     = false
}

variable "tags" {
  type        = map(string)
  description = "Tags added to every resource."
  default     = {}
  nullable    = false
}
