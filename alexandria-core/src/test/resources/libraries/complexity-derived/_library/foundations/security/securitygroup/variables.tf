# The module's own inputs.

variable "rule_1" {
  type        = string
  description = "rule setting 1."
  default     = null
}

variable "rule_2" {
  type        = string
  description = "rule setting 2."
  default     = null
}

variable "rule_3" {
  type        = string
  description = "rule setting 3."
  default     = null
}

variable "rule_4" {
  type        = string
  description = "rule setting 4."
  default     = null
}

variable "rule_5" {
  type        = string
  description = "rule setting 5."
  default     = null
}

variable "rule_6" {
  type        = string
  description = "rule setting 6."
  default     = null
}

variable "rule_7" {
  type        = string
  description = "rule setting 7."
  default     = null
}

variable "rule_8" {
  type        = string
  description = "rule setting 8."
  default     = null
}

variable "rule_9" {
  type        = string
  description = "rule setting 9."
  default     = null
}

variable "rule_10" {
  type        = string
  description = "rule setting 10."
  default     = null
}

variable "rule_11" {
  type        = string
  description = "rule setting 11."
  default     = null
}

variable "rule_12" {
  type        = string
  description = "rule setting 12."
  default     = null
}

variable "rule_13" {
  type        = string
  description = "rule setting 13."
  default     = null
}

variable "rule_14" {
  type        = string
  description = "rule setting 14."
  default     = null
}
