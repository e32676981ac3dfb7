# ---------------------------------------------------------------------------
# Core
# ---------------------------------------------------------------------------

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
  description = "Primary IPv4 CIDR block. Ignored when ipv4_ipam_pool_id is set."
  default     = "10.0.0.0/16"
}

variable "ipv4_ipam_pool_id" {
  type        = string
  description = "IPAM pool to allocate the primary CIDR from. Null uses cidr_block."
  default     = null
}

variable "ipv4_netmask_length" {
  type        = number
  description = "Netmask length requested from the IPAM pool when ipv4_ipam_pool_id is set."
  default     = 16
}

variable "secondary_cidr_blocks" {
  type        = list(string)
  description = "Additional IPv4 CIDR blocks associated with the VPC (for example 100.64.0.0/16 for pod networking)."
  default     = []
  nullable    = false
}

variable "instance_tenancy" {
  type        = string
  description = "Tenancy of instances launched into the VPC: default or dedicated."
  default     = "default"

  validation {
    condition     = contains(["default", "dedicated"], var.instance_tenancy)
    error_message = "instance_tenancy must be default or dedicated."
  }
}

variable "azs" {
  type        = list(string)
  description = "Availability zones to spread subnets across (two to six)."

  validation {
    condition     = length(var.azs) >= 2 && length(var.azs) <= 6
    error_message = "azs must list between two and six availability zones."
  }
}

variable "enable_dns_hostnames" {
  type        = bool
  description = "Give instances public DNS hostnames."
  default     = true
}

variable "enable_dns_support" {
  type        = bool
  description = "Enable the Amazon-provided DNS resolver."
  default     = true
}

variable "enable_network_address_usage_metrics" {
  type        = bool
  description = "Publish Network Address Usage metrics for the VPC to CloudWatch."
  default     = false
}

variable "enable_ipv6" {
  type        = bool
  description = "Request an Amazon-provided IPv6 /56 and give public and private subnets a /64 each."
  default     = false
}

# ---------------------------------------------------------------------------
# Subnets
# ---------------------------------------------------------------------------

variable "public_subnet_cidrs" {
  type        = list(string)
  description = "CIDR blocks of the public subnets, one per availability zone."
  default     = []
  nullable    = false
}

variable "private_subnet_cidrs" {
  type        = list(string)
  description = "CIDR blocks of the private application subnets, one per availability zone."
  default     = []
  nullable    = false
}

variable "database_subnet_cidrs" {
  type        = list(string)
  description = "CIDR blocks of the isolated database subnets. Empty creates no database tier."
  default     = []
  nullable    = false
}

variable "intra_subnet_cidrs" {
  type        = list(string)
  description = "CIDR blocks of intra subnets with no route outside the VPC (for example EKS control-plane ENIs)."
  default     = []
  nullable    = false
}

variable "map_public_ip_on_launch" {
  type        = bool
  description = "Assign public IPv4 addresses to instances launched in public subnets."
  default     = false
}

variable "public_subnet_tags" {
  type        = map(string)
  description = "Extra tags for public subnets."
  default     = {}
}

variable "private_subnet_tags" {
  type        = map(string)
  description = "Extra tags for private subnets."
  default     = {}
}

variable "database_subnet_tags" {
  type        = map(string)
  description = "Extra tags for database subnets."
  default     = {}
}

# ---------------------------------------------------------------------------
# Egress
# ---------------------------------------------------------------------------

variable "nat_gateway_strategy" {
  type        = string
  description = "NAT layout: none, single (one shared gateway) or per-az (one per availability zone)."
  default     = "per-az"

  validation {
    condition     = contains(["none", "single", "per-az"], var.nat_gateway_strategy)
    error_message = "nat_gateway_strategy must be none, single or per-az."
  }
}

variable "external_nat_eip_ids" {
  type        = list(string)
  description = "Pre-allocated Elastic IP allocation ids for NAT gateways, so egress addresses survive a rebuild. Empty allocates new ones."
  default     = []
  nullable    = false
}

variable "enable_egress_only_igw" {
  type        = bool
  description = "Create an egress-only internet gateway for IPv6 egress from private subnets."
  default     = false
}

# ---------------------------------------------------------------------------
# Hybrid connectivity
# ---------------------------------------------------------------------------

variable "enable_vpn_gateway" {
  type        = bool
  description = "Create a virtual private gateway attached to the VPC."
  default     = false
}

variable "vpn_gateway_asn" {
  type        = number
  description = "Amazon-side BGP ASN of the virtual private gateway."
  default     = 64512
}

variable "customer_gateways" {
  type = map(object({
    bgp_asn    = number
    ip_address = string
    device     = optional(string)
  }))
  description = "Customer gateways to register, keyed by a short name."
  default     = {}
  nullable    = false
}

variable "transit_gateway_id" {
  type        = string
  description = "Transit gateway to attach the private subnets to. Null creates no attachment."
  default     = null
}

variable "transit_gateway_routes" {
  type        = list(string)
  description = "Destination CIDR blocks routed from private subnets to the transit gateway."
  default     = []
  nullable    = false
}

# ---------------------------------------------------------------------------
# Endpoints and DHCP
# ---------------------------------------------------------------------------

variable "gateway_endpoints" {
  type        = set(string)
  description = "Gateway endpoints to create on private route tables: s3 and/or dynamodb."
  default     = ["s3"]
  nullable    = false

  validation {
    condition     = alltrue([for s in var.gateway_endpoints : contains(["s3", "dynamodb"], s)])
    error_message = "gateway_endpoints may only contain s3 and dynamodb."
  }
}

variable "interface_endpoints" {
  type = map(object({
    private_dns_enabled = optional(bool, true)
    policy              = optional(string)
  }))
  description = "Interface endpoints keyed by short service name (ecr.api, ssm, sts ...), with optional endpoint policy."
  default     = {}
  nullable    = false
}

variable "dhcp_options" {
  type = object({
    domain_name          = optional(string)
    domain_name_servers  = optional(list(string), ["AmazonProvidedDNS"])
    ntp_servers          = optional(list(string), [])
    netbios_name_servers = optional(list(string), [])
  })
  description = "Custom DHCP options set. Null keeps the region default."
  default     = null
}

# ---------------------------------------------------------------------------
# Security
# ---------------------------------------------------------------------------

variable "manage_default_security_group" {
  type        = bool
  description = "Adopt the default security group and strip all its rules (CIS 5.4)."
  default     = true
}

variable "public_nacl_rules" {
  type = list(object({
    rule_number = number
    egress      = bool
    protocol    = string
    rule_action = string
    cidr_block  = string
    from_port   = optional(number, 0)
    to_port     = optional(number, 0)
  }))
  description = "Rules of a dedicated network ACL for public subnets. Empty leaves the default ACL in place."
  default     = []
  nullable    = false
}

variable "private_nacl_rules" {
  type = list(object({
    rule_number = number
    egress      = bool
    protocol    = string
    rule_action = string
    cidr_block  = string
    from_port   = optional(number, 0)
    to_port     = optional(number, 0)
  }))
  description = "Rules of a dedicated network ACL for private subnets. Empty leaves the default ACL in place."
  default     = []
  nullable    = false
}

# ---------------------------------------------------------------------------
# Flow logs
# ---------------------------------------------------------------------------

variable "enable_flow_logs" {
  type        = bool
  description = "Capture VPC flow logs."
  default     = true
}

variable "flow_log_destination_type" {
  type        = string
  description = "Flow log destination: cloud-watch-logs or s3."
  default     = "cloud-watch-logs"

  validation {
    condition     = contains(["cloud-watch-logs", "s3"], var.flow_log_destination_type)
    error_message = "flow_log_destination_type must be cloud-watch-logs or s3."
  }
}

variable "flow_log_s3_bucket_arn" {
  type        = string
  description = "ARN of the central bucket receiving flow logs when the destination is s3."
  default     = null
}

variable "flow_log_traffic_type" {
  type        = string
  description = "Traffic captured by flow logs: ACCEPT, REJECT or ALL."
  default     = "ALL"
}

variable "flow_log_retention_days" {
  type        = number
  description = "Retention of the CloudWatch flow log group in days."
  default     = 90
}

variable "flow_log_kms_key_arn" {
  type        = string
  description = "KMS key encrypting the CloudWatch flow log group. Null uses the service default."
  default     = null
}

variable "flow_log_max_aggregation_interval" {
  type        = number
  description = "Maximum aggregation interval of flow log records in seconds (60 or 600)."
  default     = 600

  validation {
    condition     = contains([60, 600], var.flow_log_max_aggregation_interval)
    error_message = "flow_log_max_aggregation_interval must be 60 or 600."
  }
}

variable "tags" {
  type        = map(string)
  description = "Tags added to every resource."
  default     = {}
  nullable    = false
}
