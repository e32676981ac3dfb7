variable "name" {
  type        = string
  description = "Name of the security group (a random suffix is added)."
}

variable "description" {
  type        = string
  description = "Description of the security group."
  default     = "Managed by Terraform"
}

variable "vpc_id" {
  type        = string
  description = "ID of the VPC the security group belongs to."
}

variable "ingress_rules" {
  type = map(object({
    protocol                 = optional(string, "tcp")
    from_port                = number
    to_port                  = number
    cidr_ipv4                = optional(string)
    source_security_group_id = optional(string)
  }))
  description = "Ingress rules keyed by a description; each names either cidr_ipv4 or source_security_group_id."
  default     = {}

  validation {
    condition = alltrue([
      for rule in values(var.ingress_rules) : (rule.cidr_ipv4 == null) != (rule.source_security_group_id == null)
    ])
    error_message = "Each ingress rule needs exactly one of cidr_ipv4 and source_security_group_id."
  }

  validation {
    condition     = alltrue([for rule in values(var.ingress_rules) : rule.cidr_ipv4 != "0.0.0.0/0" || rule.from_port == 443])
    error_message = "Only port 443 may be opened to 0.0.0.0/0."
  }
}

variable "allow_all_egress" {
  type        = bool
  description = "Allow all outbound traffic."
  default     = true
}

variable "tags" {
  type        = map(string)
  description = "Tags added to the security group."
  default     = {}
}
