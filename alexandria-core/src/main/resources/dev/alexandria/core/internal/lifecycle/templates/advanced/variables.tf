variable "name" {
  description = "Name of the resources this module creates; also the prefix of their names."
  type        = string
}

variable "environment" {
  description = "Environment the module is deployed to: dev, staging or prod."
  type        = string
  default     = "dev"

  validation {
    condition     = contains(["dev", "staging", "prod", "test"], var.environment)
    error_message = "environment must be dev, staging, prod or test."
  }
}

variable "enabled" {
  description = "Whether to create the resources at all; false creates nothing."
  type        = bool
  default     = true
}

variable "tags" {
  description = "Tags added to every resource, on top of the module's own tags."
  type        = map(string)
  default     = {}
}

variable "description" {
  description = "Description set on the resources that accept one."
  type        = string
  default     = "Managed by Terraform"
}

variable "owner" {
  description = "Team that owns the resources, recorded in the owner tag."
  type        = string
  default     = "platform-team"
}

variable "cost_center" {
  description = "Cost center the resources are billed to, recorded in the cost-center tag."
  type        = string
  default     = "shared"
}

variable "retention_days" {
  description = "Days logs and backups are kept."
  type        = number
  default     = 30
}

variable "deletion_protection" {
  description = "Whether the resources refuse to be deleted until this is turned off."
  type        = bool
  default     = true
}

variable "create_timeout" {
  description = "How long Terraform waits for a resource to be created."
  type        = string
  default     = "30m"
}

variable "allowed_cidrs" {
  description = "CIDR blocks allowed to reach the resources."
  type        = list(string)
  default     = []
}

variable "kms_key_arn" {
  description = "ARN of the KMS key that encrypts the data; null uses the provider's default key."
  type        = string
  default     = null
}

variable "monitoring_enabled" {
  description = "Whether to create the monitoring (dashboards and alarms)."
  type        = bool
  default     = true
}

variable "log_level" {
  description = "Log level of the managed components: debug, info, warn or error."
  type        = string
  default     = "info"
}

variable "alarm_email" {
  description = "E-mail address alarms are sent to; null sends none."
  type        = string
  default     = null
}

variable "backup_enabled" {
  description = "Whether backups are taken."
  type        = bool
  default     = true
}

variable "backup_window" {
  description = "Daily UTC time range in which backups are taken."
  type        = string
  default     = "03:00-04:00"
}

variable "maintenance_window" {
  description = "Weekly UTC time range for maintenance."
  type        = string
  default     = "sun:04:00-sun:05:00"
}

variable "multi_az" {
  description = "Whether the resources span several availability zones."
  type        = bool
  default     = true
}

variable "availability_zones" {
  description = "Availability zones to use; empty lets the module choose."
  type        = list(string)
  default     = []
}

variable "instance_count" {
  description = "Number of instances to run."
  type        = number
  default     = 2
}

variable "min_capacity" {
  description = "Lower bound of automatic scaling."
  type        = number
  default     = 1
}

variable "max_capacity" {
  description = "Upper bound of automatic scaling."
  type        = number
  default     = 4
}

variable "scaling_target" {
  description = "Target utilization, in percent, automatic scaling keeps."
  type        = number
  default     = 70
}

variable "encryption_enabled" {
  description = "Whether data is encrypted at rest."
  type        = bool
  default     = true
}

variable "public_access" {
  description = "Whether the resources can be reached from the internet."
  type        = bool
  default     = false
}

variable "ip_address_type" {
  description = "IP address type: ipv4 or dualstack."
  type        = string
  default     = "ipv4"
}

variable "custom_domain" {
  description = "Custom domain name to serve under; null uses the generated one."
  type        = string
  default     = null
}

variable "certificate_arn" {
  description = "ARN of the certificate for the custom domain."
  type        = string
  default     = null
}

variable "features" {
  description = "Optional features to turn on or off, by name."
  type        = map(bool)
  default     = {}
}

variable "extra_settings" {
  description = "Further settings passed to the managed components as they are."
  type        = map(string)
  default     = {}
}

variable "network" {
  description = "Network to place the resources in; empty values let the module choose."
  type        = object({
    vpc_id     = optional(string)
    subnet_ids = optional(list(string), [])
  })
  default     = {}
}
