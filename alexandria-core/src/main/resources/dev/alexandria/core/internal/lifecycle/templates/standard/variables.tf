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
