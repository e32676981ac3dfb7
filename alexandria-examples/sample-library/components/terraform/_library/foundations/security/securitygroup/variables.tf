variable "name" {
  type        = string
  description = "Name of the security group (or its prefix when use_name_prefix is true)."
}

variable "description" {
  type        = string
  description = "Description of the security group. Changing it replaces the group."
  default     = "Managed by Terraform"
}

variable "vpc_id" {
  type        = string
  description = "VPC the security group belongs to."
}

variable "use_name_prefix" {
  type        = bool
  description = "Use name as a prefix so the group can be replaced with create_before_destroy."
  default     = true
}

variable "named_ingress" {
  type        = list(string)
  description = "Well-known ingress rules by name (https-443-tcp, http-80-tcp, postgresql-5432-tcp, mysql-3306-tcp, redis-6379-tcp, ssh-22-tcp, nfs-2049-tcp), opened to named_ingress_cidr_blocks."
  default     = []
  nullable    = false

  validation {
    condition     = alltrue([for r in var.named_ingress : contains(["https-443-tcp", "http-80-tcp", "postgresql-5432-tcp", "mysql-3306-tcp", "redis-6379-tcp", "ssh-22-tcp", "nfs-2049-tcp"], r)])
    error_message = "named_ingress contains an unknown rule name."
  }
}

variable "named_ingress_cidr_blocks" {
  type        = list(string)
  description = "IPv4 CIDR blocks the named ingress rules are opened to."
  default     = []
  nullable    = false
}

variable "ingress_rules" {
  type = list(object({
    description                  = string
    from_port                    = number
    to_port                      = number
    ip_protocol                  = optional(string, "tcp")
    cidr_ipv4                    = optional(string)
    cidr_ipv6                    = optional(string)
    prefix_list_id               = optional(string)
    referenced_security_group_id = optional(string)
  }))
  description = "Custom ingress rules. Each rule needs a description and exactly one source."
  default     = []
  nullable    = false

  validation {
    condition = alltrue([
      for r in var.ingress_rules :
      length(compact([r.cidr_ipv4, r.cidr_ipv6, r.prefix_list_id, r.referenced_security_group_id])) == 1
    ])
    error_message = "Each ingress rule needs exactly one of cidr_ipv4, cidr_ipv6, prefix_list_id or referenced_security_group_id."
  }

  validation {
    condition     = alltrue([for r in var.ingress_rules : r.cidr_ipv4 != "0.0.0.0/0" || contains([80, 443], r.from_port)])
    error_message = "Only ports 80 and 443 may be opened to 0.0.0.0/0."
  }
}

variable "egress_rules" {
  type = list(object({
    description                  = string
    from_port                    = optional(number)
    to_port                      = optional(number)
    ip_protocol                  = optional(string, "tcp")
    cidr_ipv4                    = optional(string)
    cidr_ipv6                    = optional(string)
    prefix_list_id               = optional(string)
    referenced_security_group_id = optional(string)
  }))
  description = "Custom egress rules, used when allow_all_egress is false."
  default     = []
  nullable    = false
}

variable "allow_all_egress" {
  type        = bool
  description = "Add a single rule allowing all outbound IPv4 traffic."
  default     = true
}

variable "ingress_self" {
  type        = bool
  description = "Allow all traffic between members of the group (clusters, gossip protocols)."
  default     = false
}

variable "revoke_rules_on_delete" {
  type        = bool
  description = "Revoke all rules before deleting the group; needed when other groups reference it cyclically."
  default     = false
}

variable "tags" {
  type        = map(string)
  description = "Tags added to the group and its rules."
  default     = {}
  nullable    = false
}
