variable "identifier" {
  type        = string
  description = "Identifier of the database instance."
}

variable "engine_version" {
  type        = string
  description = "PostgreSQL engine version, for example 16.4."
  default     = "16.4"
}

variable "instance_class" {
  type        = string
  description = "Instance class, for example db.t4g.medium."
  default     = "db.t4g.medium"
}

variable "allocated_storage_gb" {
  type        = number
  description = "Initial storage, in GiB; storage autoscaling grows it up to four times this."
  default     = 50
}

variable "database_name" {
  type        = string
  description = "Name of the database created in the instance."
}

variable "master_username" {
  type        = string
  description = "Master user name; its password is managed in Secrets Manager by RDS."
  default     = "postgres"
}

variable "multi_az" {
  type        = bool
  description = "Run a synchronous standby in a second availability zone."
  default     = true
}

variable "backup_retention_days" {
  type        = number
  description = "Days automated backups are kept."
  default     = 7
}

variable "vpc_id" {
  type        = string
  description = "ID of the VPC of the database."
}

variable "subnet_ids" {
  type        = list(string)
  description = "Private subnets of the database subnet group."
}

variable "allowed_security_group_ids" {
  type        = list(string)
  description = "Security groups of the clients allowed to connect on port 5432."
  default     = []
}

variable "tags" {
  type        = map(string)
  description = "Tags added to every resource of the module."
  default     = {}
}
