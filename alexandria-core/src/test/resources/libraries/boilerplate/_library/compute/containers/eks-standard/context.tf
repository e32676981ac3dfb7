# Shared label boilerplate (cloudposse/terraform-null-label's context.tf), copied into every module.

variable "label_1" {
  type        = string
  description = "label setting 1."
  default     = null
}

variable "label_2" {
  type        = string
  description = "label setting 2."
  default     = null
}

variable "label_3" {
  type        = string
  description = "label setting 3."
  default     = null
}

variable "label_4" {
  type        = string
  description = "label setting 4."
  default     = null
}

variable "label_5" {
  type        = string
  description = "label setting 5."
  default     = null
}

variable "label_6" {
  type        = string
  description = "label setting 6."
  default     = null
}

variable "label_7" {
  type        = string
  description = "label setting 7."
  default     = null
}

variable "label_8" {
  type        = string
  description = "label setting 8."
  default     = null
}

variable "label_9" {
  type        = string
  description = "label setting 9."
  default     = null
}

variable "label_10" {
  type        = string
  description = "label setting 10."
  default     = null
}

variable "label_11" {
  type        = string
  description = "label setting 11."
  default     = null
}

variable "label_12" {
  type        = string
  description = "label setting 12."
  default     = null
}

variable "label_13" {
  type        = string
  description = "label setting 13."
  default     = null
}

variable "label_14" {
  type        = string
  description = "label setting 14."
  default     = null
}

variable "label_15" {
  type        = string
  description = "label setting 15."
  default     = null
}

variable "label_16" {
  type        = string
  description = "label setting 16."
  default     = null
}
