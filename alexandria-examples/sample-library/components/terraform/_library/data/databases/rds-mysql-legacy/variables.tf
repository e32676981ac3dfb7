variable "identifier" {
  type        = string
  description = "Identifier of the DB instance."
}

variable "engine_version" {
  type        = string
  description = "MySQL engine version."
  default     = "8.0.39"
}

variable "instance_class" {
  type        = string
  description = "DB instance class."
  default     = "db.m5.large"
}

variable "allocated_storage" {
  type        = number
  description = "Storage in GiB."
  default     = 100
}

variable "db_name" {
  type        = string
  description = "Name of the database created with the instance."
  default     = "app"
}

variable "username" {
  type        = string
  description = "Master user name."
  default     = "admin"
}

variable "password" {
  type        = string
  description = "Master password. This module predates RDS-managed secrets; store the value in Secrets Manager yourself."
  sensitive   = true

  validation {
    condition     = length(var.password) >= 16
    error_message = "password must be at least 16 characters."
  }
}

variable "db_subnet_group_name" {
  type        = string
  description = "Existing DB subnet group (for example database_subnet_group_name of vpc-standard)."
}

variable "vpc_security_group_ids" {
  type        = list(string)
  description = "Security groups attached to the instance."
}

variable "multi_az" {
  type        = bool
  description = "Run a standby in a second availability zone."
  default     = true
}

variable "backup_retention_period" {
  type        = number
  description = "Days automated backups are kept."
  default     = 7
}

variable "skip_final_snapshot" {
  type        = bool
  description = "Skip the final snapshot on deletion."
  default     = false
}

variable "parameters" {
  type        = map(string)
  description = "MySQL parameters set in the instance's parameter group."
  default = {
    "slow_query_log"  = "1"
    "long_query_time" = "2"
  }
}

variable "tags" {
  type        = map(string)
  description = "Tags added to every resource."
  default     = {}
  nullable    = false
}
