variable "identifier" {
  type        = string
  description = "Identifier of the DB instance; prefix of its parameter group, subnet group and security group."

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{0,61}[a-z0-9]$", var.identifier))
    error_message = "identifier must start with a letter, end with a letter or digit and contain only lower-case letters, digits and hyphens."
  }
}

variable "engine_version" {
  type        = string
  description = "PostgreSQL major or major.minor version. A major version lets AWS apply minor upgrades."
  default     = "16.4"
}

variable "instance_class" {
  type        = string
  description = "DB instance class."
  default     = "db.t4g.medium"
}

variable "allocated_storage" {
  type        = number
  description = "Initial storage in GiB."
  default     = 50
}

variable "max_allocated_storage" {
  type        = number
  description = "Upper limit for storage autoscaling in GiB. 0 disables autoscaling."
  default     = 200
}

variable "storage_type" {
  type        = string
  description = "Storage type: gp3 or io2."
  default     = "gp3"

  validation {
    condition     = contains(["gp3", "io2"], var.storage_type)
    error_message = "storage_type must be gp3 or io2."
  }
}

variable "db_name" {
  type        = string
  description = "Name of the database created with the instance."
  default     = "app"
}

variable "username" {
  type        = string
  description = "Master user name."
  default     = "postgres_admin"
}

variable "password" {
  type        = string
  description = "Master password. Null lets RDS generate one and keep it in Secrets Manager (recommended)."
  default     = null
  sensitive   = true
}

variable "vpc_id" {
  type        = string
  description = "VPC of the database."
}

variable "subnet_ids" {
  type        = list(string)
  description = "Database subnets (at least two availability zones)."

  validation {
    condition     = length(var.subnet_ids) >= 2
    error_message = "subnet_ids needs at least two subnets in different availability zones."
  }
}

variable "allowed_security_group_ids" {
  type        = list(string)
  description = "Security groups of clients allowed to connect on 5432."
  default     = []
  nullable    = false
}

variable "allowed_cidr_blocks" {
  type        = list(string)
  description = "CIDR blocks allowed to connect on 5432."
  default     = []
  nullable    = false
}

variable "multi_az" {
  type        = bool
  description = "Run a synchronous standby in a second availability zone."
  default     = true
}

variable "backup_retention_period" {
  type        = number
  description = "Days automated backups are kept (1-35)."
  default     = 14

  validation {
    condition     = var.backup_retention_period >= 1 && var.backup_retention_period <= 35
    error_message = "backup_retention_period must be between 1 and 35 days."
  }
}

variable "backup_window" {
  type        = string
  description = "Daily backup window in UTC (hh24:mi-hh24:mi)."
  default     = "02:00-03:00"
}

variable "maintenance_window" {
  type        = string
  description = "Weekly maintenance window in UTC (ddd:hh24:mi-ddd:hh24:mi)."
  default     = "sun:03:30-sun:04:30"
}

variable "deletion_protection" {
  type        = bool
  description = "Refuse deletion of the instance."
  default     = true
}

variable "skip_final_snapshot" {
  type        = bool
  description = "Skip the final snapshot on deletion. Only for throw-away environments."
  default     = false
}

variable "performance_insights_enabled" {
  type        = bool
  description = "Enable Performance Insights (7 days free retention)."
  default     = true
}

variable "monitoring_interval" {
  type        = number
  description = "Enhanced Monitoring interval in seconds (0, 1, 5, 10, 15, 30 or 60)."
  default     = 60

  validation {
    condition     = contains([0, 1, 5, 10, 15, 30, 60], var.monitoring_interval)
    error_message = "monitoring_interval must be 0, 1, 5, 10, 15, 30 or 60."
  }
}

variable "parameters" {
  type        = map(string)
  description = "PostgreSQL parameters set in the instance's parameter group."
  default = {
    "log_min_duration_statement" = "1000"
    "rds.force_ssl"              = "1"
  }
}

variable "kms_key_arn" {
  type        = string
  description = "KMS key encrypting storage, Performance Insights and the managed secret. Null uses the AWS managed key."
  default     = null
}

variable "apply_immediately" {
  type        = bool
  description = "Apply modifications immediately instead of in the maintenance window."
  default     = false
}

variable "tags" {
  type        = map(string)
  description = "Tags added to every resource."
  default     = {}
  nullable    = false
}
