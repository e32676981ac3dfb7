variable "name" {
  type        = string
  description = "Name of the VPC, used as the Name tag and as a prefix for its subnets and gateways."
}

variable "region" {
  type        = string
  description = "AWS region the VPC is created in, used for the S3 gateway endpoint's service name."
}

variable "cidr_block" {
  type        = string
  description = "IPv4 CIDR block of the VPC, for example 10.0.0.0/16."

  validation {
    condition     = can(cidrhost(var.cidr_block, 0))
    error_message = "cidr_block must be a valid IPv4 CIDR block such as 10.0.0.0/16."
  }
}

variable "az_count" {
  type        = number
  description = "Number of availability zones to spread public and private subnets over."
  default     = 3

  validation {
    condition     = var.az_count >= 2 && var.az_count <= 6
    error_message = "az_count must be between 2 and 6."
  }
}

variable "subnet_newbits" {
  type        = number
  description = "Bits added to the VPC prefix length for each subnet (8 turns a /16 into /24 subnets)."
  default     = 8
}

variable "enable_nat_gateway" {
  type        = bool
  description = "Create NAT gateways so private subnets can reach the internet."
  default     = true
}

variable "single_nat_gateway" {
  type        = bool
  description = "Share one NAT gateway between all availability zones (cheaper, not zone-redundant)."
  default     = false
}

variable "enable_s3_endpoint" {
  type        = bool
  description = "Create an S3 gateway endpoint attached to the private route tables."
  default     = true
}

variable "flow_log_destination_arn" {
  type        = string
  description = "ARN of the S3 bucket that receives VPC flow logs; null disables flow logs."
  default     = null
}

variable "tags" {
  type        = map(string)
  description = "Tags added to every resource of the module."
  default     = {}
}
