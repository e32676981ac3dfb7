variable "name" {
  type        = string
  description = "Name tag of the file system and prefix of its security group."
}

variable "vpc_id" {
  type        = string
  description = "VPC of the mount targets."
}

variable "subnet_ids" {
  type        = list(string)
  description = "One private subnet per availability zone; a mount target is created in each."
}

variable "allowed_security_group_ids" {
  type        = list(string)
  description = "Security groups of clients allowed to mount over NFS (2049)."
  default     = []
  nullable    = false
}

variable "performance_mode" {
  type        = string
  description = "generalPurpose or maxIO."
  default     = "generalPurpose"
}

variable "throughput_mode" {
  type        = string
  description = "elastic, bursting or provisioned."
  default     = "elastic"

  validation {
    condition     = contains(["elastic", "bursting", "provisioned"], var.throughput_mode)
    error_message = "throughput_mode must be elastic, bursting or provisioned."
  }
}

variable "kms_key_arn" {
  type        = string
  description = "KMS key encrypting the file system. Null uses the AWS managed key."
  default     = null
}

variable "transition_to_ia" {
  type        = string
  description = "Move files not accessed for this long to Infrequent Access, for example AFTER_30_DAYS. Null disables."
  default     = "AFTER_30_DAYS"
}

variable "access_points" {
  type = map(object({
    path        = string
    uid         = number
    gid         = number
    permissions = optional(string, "0750")
  }))
  description = "Access points keyed by name, each rooted at path and forcing a POSIX identity."
  default     = {}
  nullable    = false
}

variable "tags" {
  type        = map(string)
  description = "Tags added to every resource."
  default     = {}
  nullable    = false
}
