variable "zone_name" {
  type        = string
  description = "Fully qualified domain name of the hosted zone, for example payments.example.com."

  validation {
    condition     = can(regex("^([a-z0-9]([a-z0-9-]*[a-z0-9])?\\.)+[a-z]{2,}$", var.zone_name))
    error_message = "zone_name must be a lower-case fully qualified domain name without a trailing dot."
  }
}

variable "create_zone" {
  type        = bool
  description = "Create the hosted zone. False looks up an existing zone by name and only manages records."
  default     = true
}

variable "private_zone" {
  type        = bool
  description = "Create a private hosted zone associated with vpc_ids instead of a public one."
  default     = false
}

variable "vpc_ids" {
  type        = list(string)
  description = "VPCs associated with a private hosted zone. The first one is the primary association."
  default     = []
  nullable    = false
}

variable "comment" {
  type        = string
  description = "Comment stored on the hosted zone."
  default     = "Managed by Terraform (alexandria dns module)"
}

variable "force_destroy" {
  type        = bool
  description = "Delete all records when the zone is destroyed. Keep false for production zones."
  default     = false
}

variable "delegation_set_id" {
  type        = string
  description = "Reusable delegation set for the public zone, so name servers stay stable across rebuilds."
  default     = null
}

variable "records" {
  type = map(object({
    type    = string
    ttl     = optional(number, 300)
    records = optional(list(string), [])
    alias = optional(object({
      name                   = string
      zone_id                = string
      evaluate_target_health = optional(bool, true)
    }))
    health_check = optional(string)
  }))
  description = "Records keyed by relative name (use \"@\" for the apex). Each has a type and either records or an alias."
  default     = {}
  nullable    = false

  validation {
    condition     = alltrue([for r in values(var.records) : contains(["A", "AAAA", "CNAME", "MX", "TXT", "SRV", "CAA", "NS", "PTR"], r.type)])
    error_message = "Every record type must be one of A, AAAA, CNAME, MX, TXT, SRV, CAA, NS or PTR."
  }
}

variable "health_checks" {
  type = map(object({
    fqdn              = string
    port              = optional(number, 443)
    type              = optional(string, "HTTPS")
    resource_path     = optional(string, "/healthz")
    failure_threshold = optional(number, 3)
    request_interval  = optional(number, 30)
  }))
  description = "Route 53 health checks keyed by name; records reference them through health_check."
  default     = {}
  nullable    = false
}

variable "enable_dnssec" {
  type        = bool
  description = "Sign the public zone with DNSSEC using dnssec_kms_key_arn."
  default     = false
}

variable "dnssec_kms_key_arn" {
  type        = string
  description = "ARN of an asymmetric ECC_NIST_P256 KMS key in us-east-1 used as the key-signing key."
  default     = null
}

variable "enable_query_logging" {
  type        = bool
  description = "Log DNS queries of the public zone to CloudWatch Logs (the log group is created in us-east-1 by Route 53's rules)."
  default     = false
}

variable "query_log_retention_days" {
  type        = number
  description = "Retention of the query log group in days."
  default     = 30
}

variable "tags" {
  type        = map(string)
  description = "Tags added to the zone and health checks."
  default     = {}
  nullable    = false
}
