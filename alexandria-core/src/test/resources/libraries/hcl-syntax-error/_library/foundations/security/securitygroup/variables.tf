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
