variable "cluster_identifier" {
  type        = string
  description = "Identifier of the Aurora cluster; instances are named <identifier>-<n>."
}

variable "engine" {
  type        = string
  description = "aurora-postgresql or aurora-mysql."
  default     = "aurora-postgresql"

  validation {
    condition     = contains(["aurora-postgresql", "aurora-mysql"], var.engine)
    error_message = "engine must be aurora-postgresql or aurora-mysql."
  }
}

variable "engine_version" {
  type        = string
  description = "Engine version, for example 16.4 (PostgreSQL) or 8.0.mysql_aurora.3.07.1 (MySQL)."
  default     = "16.4"
}

variable "instance_count" {
  type        = number
  description = "Number of instances: one writer plus readers spread across zones."
  default     = 2

  validation {
    condition     = var.instance_count >= 1 && var.instance_count <= 15
    error_message = "instance_count must be between 1 and 15."
  }
}

variable "instance_class" {
  type        = string
  description = "Instance class; db.serverless uses Serverless v2 capacity from serverless_scaling."
  default     = "db.serverless"
}

variable "serverless_scaling" {
  type = object({
    min_capacity = number
    max_capacity = number
  })
  description = "Serverless v2 capacity range in ACUs, used when instance_class is db.serverless."
  default = {
    min_capacity = 0.5
    max_capacity = 16
  }

  validation {
    condition     = var.serverless_scaling.min_capacity >= 0.5 && var.serverless_scaling.max_capacity <= 256 && var.serverless_scaling.min_capacity <= var.serverless_scaling.max_capacity
    error_message = "serverless_scaling must satisfy 0.5 <= min_capacity <= max_capacity <= 256."
  }
}

variable "database_name" {
  type        = string
  description = "Name of the initial database."
  default     = "app"
}

variable "master_username" {
  type        = string
  description = "Master user name; the password is generated and kept in Secrets Manager by RDS."
  default     = "cluster_admin"
}

variable "vpc_id" {
  type        = string
  description = "VPC of the cluster."
}

variable "subnet_ids" {
  type        = list(string)
  description = "Database subnets in at least two availability zones."
}

variable "allowed_security_group_ids" {
  type        = list(string)
  description = "Security groups of clients allowed to connect."
  default     = []
  nullable    = false
}

variable "storage_type" {
  type        = string
  description = "aurora (standard, pay per I/O) or aurora-iopt1 (I/O-Optimized, for I/O above ~25% of spend)."
  default     = "aurora"
}

variable "backup_retention_period" {
  type        = number
  description = "Days automated backups are kept."
  default     = 14
}

variable "preferred_backup_window" {
  type        = string
  description = "Daily backup window in UTC."
  default     = "02:00-03:00"
}

variable "deletion_protection" {
  type        = bool
  description = "Refuse deletion of the cluster."
  default     = true
}

variable "kms_key_arn" {
  type        = string
  description = "KMS key encrypting storage and the managed secret. Null uses the AWS managed key."
  default     = null
}

variable "iam_database_authentication_enabled" {
  type        = bool
  description = "Allow IAM database authentication."
  default     = true
}

variable "performance_insights_enabled" {
  type        = bool
  description = "Enable Performance Insights on every instance."
  default     = true
}

variable "cluster_parameters" {
  type        = map(string)
  description = "Cluster parameter group settings."
  default     = {}
  nullable    = false
}

variable "tags" {
  type        = map(string)
  description = "Tags added to every resource."
  default     = {}
  nullable    = false
}
