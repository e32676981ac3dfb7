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
