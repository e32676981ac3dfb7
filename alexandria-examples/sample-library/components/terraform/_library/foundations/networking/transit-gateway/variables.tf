variable "name" {
  type        = string
  description = "Name of the transit gateway."
}

variable "description" {
  type        = string
  description = "Description of the transit gateway."
  default     = "Regional hub for VPC-to-VPC and on-premises routing"
}

variable "amazon_side_asn" {
  type        = number
  description = "Private BGP ASN for the Amazon side (64512-65534 or 4200000000-4294967294)."
  default     = 64532

  validation {
    condition     = (var.amazon_side_asn >= 64512 && var.amazon_side_asn <= 65534) || (var.amazon_side_asn >= 4200000000 && var.amazon_side_asn <= 4294967294)
    error_message = "amazon_side_asn must be a private ASN."
  }
}

variable "auto_accept_shared_attachments" {
  type        = bool
  description = "Accept attachment requests from accounts the gateway is shared with automatically."
  default     = false
}

variable "enable_dns_support" {
  type        = bool
  description = "Resolve public DNS hostnames to private IP addresses across attached VPCs."
  default     = true
}

variable "enable_multicast" {
  type        = bool
  description = "Enable multicast support (cannot be changed after creation)."
  default     = false
}

variable "transit_gateway_cidr_blocks" {
  type        = list(string)
  description = "CIDR blocks for Connect peers (GRE) attached to the gateway."
  default     = []
  nullable    = false
}

variable "route_tables" {
  type        = set(string)
  description = "Names of additional route tables, for example [\"shared\", \"isolated\"]. Default association and propagation are turned off when any are given."
  default     = []
  nullable    = false
}

variable "vpc_attachments" {
  type = map(object({
    vpc_id         = string
    subnet_ids     = list(string)
    route_table    = optional(string)
    propagate_to   = optional(list(string), [])
    appliance_mode = optional(bool, false)
    ipv6_support   = optional(bool, false)
  }))
  description = "VPC attachments keyed by name, with the route table they associate with and the tables they propagate to."
  default     = {}
  nullable    = false
}

variable "share_with_principals" {
  type        = list(string)
  description = "Account ids or organization/OU ARNs the gateway is shared with through AWS RAM."
  default     = []
  nullable    = false
}

variable "allow_external_principals" {
  type        = bool
  description = "Allow sharing with principals outside the organization."
  default     = false
}

variable "tags" {
  type        = map(string)
  description = "Tags added to every resource."
  default     = {}
  nullable    = false
}
