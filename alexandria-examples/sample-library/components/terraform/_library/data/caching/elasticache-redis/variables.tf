variable "replication_group_id" {
  type        = string
  description = "ID of the replication group (1-40 characters)."

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{0,39}$", var.replication_group_id))
    error_message = "replication_group_id must be 1-40 lower-case letters, digits or hyphens, starting with a letter."
  }
}

variable "description" {
  type        = string
  description = "Description of the replication group."
  default     = "Redis managed by the alexandria elasticache-redis module"
}

variable "engine" {
  type        = string
  description = "redis or valkey (wire-compatible, lower price)."
  default     = "redis"
}

variable "engine_version" {
  type        = string
  description = "Engine version."
  default     = "7.1"
}

variable "node_type" {
  type        = string
  description = "Cache node type."
  default     = "cache.t4g.medium"
}

variable "num_cache_clusters" {
  type        = number
  description = "Number of nodes (primary plus replicas). Two or more enable automatic failover."
  default     = 2

  validation {
    condition     = var.num_cache_clusters >= 1 && var.num_cache_clusters <= 6
    error_message = "num_cache_clusters must be between 1 and 6."
  }
}

variable "port" {
  type        = number
  description = "Port Redis listens on."
  default     = 6379
}

variable "vpc_id" {
  type        = string
  description = "VPC of the cache."
}

variable "subnet_ids" {
  type        = list(string)
  description = "Private subnets of the cache subnet group."
}

variable "allowed_security_group_ids" {
  type        = list(string)
  description = "Security groups of clients allowed to connect."
  default     = []
  nullable    = false
}

variable "transit_encryption_enabled" {
  type        = bool
  description = "Require TLS between clients and the cache (needed for AUTH tokens)."
  default     = true
}

variable "auth_token" {
  type        = string
  description = "AUTH token. Null generates a 32-character token (requires transit encryption)."
  default     = null
  sensitive   = true
}

variable "kms_key_arn" {
  type        = string
  description = "KMS key for encryption at rest. Null uses the AWS managed key."
  default     = null
}

variable "snapshot_retention_limit" {
  type        = number
  description = "Days daily snapshots are kept. 0 disables backups."
  default     = 7
}

variable "snapshot_window" {
  type        = string
  description = "Daily snapshot window in UTC."
  default     = "03:00-04:00"
}

variable "maintenance_window" {
  type        = string
  description = "Weekly maintenance window in UTC."
  default     = "sun:05:00-sun:06:00"
}

variable "parameters" {
  type        = map(string)
  description = "Redis parameters, for example maxmemory-policy."
  default = {
    "maxmemory-policy" = "volatile-lru"
  }
}

variable "apply_immediately" {
  type        = bool
  description = "Apply changes immediately instead of in the maintenance window."
  default     = false
}

variable "tags" {
  type        = map(string)
  description = "Tags added to every resource."
  default     = {}
  nullable    = false
}
