# The module's own inputs.

variable "cluster_1" {
  type        = string
  description = "cluster setting 1."
  default     = null
}

variable "cluster_2" {
  type        = string
  description = "cluster setting 2."
  default     = null
}

variable "cluster_3" {
  type        = string
  description = "cluster setting 3."
  default     = null
}

variable "cluster_4" {
  type        = string
  description = "cluster setting 4."
  default     = null
}

variable "cluster_5" {
  type        = string
  description = "cluster setting 5."
  default     = null
}

variable "cluster_6" {
  type        = string
  description = "cluster setting 6."
  default     = null
}

variable "cluster_7" {
  type        = string
  description = "cluster setting 7."
  default     = null
}

variable "cluster_8" {
  type        = string
  description = "cluster setting 8."
  default     = null
}
