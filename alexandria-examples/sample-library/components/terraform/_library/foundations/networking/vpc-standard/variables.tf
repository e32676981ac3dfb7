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
  description = "IPv4 CIDR block of the VPC. A /16 leaves room for three tiers in three zones."
  default     = "10.0.0.0/16"

  validation {
    condition     = can(cidrhost(var.cidr_block, 0)) && tonumber(split("/", var.cidr_block)[1]) <= 20
    error_message = "cidr_block must be a valid IPv4 CIDR block no smaller than /20."
  }
}

variable "azs" {
  type        = list(string)
  description = "Availability zones to spread subnets across (two or three)."

  validation {
    condition     = length(var.azs) >= 2 && length(var.azs) <= 3
    error_message = "vpc-standard needs two or three availability zones."
  }
}

variable "public_subnet_cidrs" {
  type        = list(string)
  description = "CIDR blocks of the public subnets, one per availability zone. Empty derives /24s from cidr_block."
  default     = []
  nullable    = false
}

variable "private_subnet_cidrs" {
  type        = list(string)
  description = "CIDR blocks of the private application subnets, one per availability zone. Empty derives /20s from cidr_block."
  default     = []
  nullable    = false
}

variable "database_subnet_cidrs" {
  type        = list(string)
  description = "CIDR blocks of the isolated database subnets. Empty creates no database tier."
  default     = []
  nullable    = false
}

variable "enable_nat_gateway" {
  type        = bool
  description = "Create NAT gateways so private subnets can reach the internet."
  default     = true
}

variable "single_nat_gateway" {
  type        = bool
  description = "Share one NAT gateway across all zones (cheaper, not zone-fault-tolerant). Recommended for non-production only."
  default     = false
}

variable "enable_dns_hostnames" {
  type        = bool
  description = "Give instances public DNS hostnames."
  default     = true
}

variable "enable_dns_support" {
  type        = bool
  description = "Enable the Amazon-provided DNS resolver in the VPC."
  default     = true
}

variable "enable_s3_endpoint" {
  type        = bool
  description = "Create a gateway endpoint for Amazon S3 on the private route tables."
  default     = true
}

variable "enable_dynamodb_endpoint" {
  type        = bool
  description = "Create a gateway endpoint for Amazon DynamoDB on the private route tables."
  default     = false
}

variable "interface_endpoints" {
  type        = set(string)
  description = "Short service names of interface endpoints to create in the private subnets, for example [\"ecr.api\", \"ecr.dkr\", \"logs\", \"sts\"]."
  default     = []
  nullable    = false
}

variable "enable_flow_logs" {
  type        = bool
  description = "Send VPC flow logs to a CloudWatch Logs group."
  default     = true
}

variable "flow_log_retention_days" {
  type        = number
  description = "Retention of the flow log group in days."
  default     = 30

  validation {
    condition     = contains([1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1827, 3653], var.flow_log_retention_days)
    error_message = "flow_log_retention_days must be a retention period CloudWatch Logs accepts."
  }
}

variable "flow_log_traffic_type" {
  type        = string
  description = "Traffic captured by flow logs: ACCEPT, REJECT or ALL."
  default     = "REJECT"

  validation {
    condition     = contains(["ACCEPT", "REJECT", "ALL"], var.flow_log_traffic_type)
    error_message = "flow_log_traffic_type must be ACCEPT, REJECT or ALL."
  }
}

variable "enable_ipv6" {
  type        = bool
  description = "Request an Amazon-provided IPv6 /56 and give every public subnet a /64."
  default     = false
}

variable "public_subnet_tags" {
  type        = map(string)
  description = "Extra tags for public subnets, for example kubernetes.io/role/elb = 1."
  default     = {}
}

variable "private_subnet_tags" {
  type        = map(string)
  description = "Extra tags for private subnets, for example kubernetes.io/role/internal-elb = 1."
  default     = {}
}

variable "tags" {
  type        = map(string)
  description = "Tags added to every resource."
  default     = {}
  nullable    = false
}
