variable "role_name" {
  type        = string
  description = "Name of the IAM role."
}

variable "trusted_services" {
  type        = list(string)
  description = "AWS service principals allowed to assume the role, for example eks.amazonaws.com."
}

variable "policy_json" {
  type        = string
  description = "JSON policy document attached to the role as a customer-managed policy; null for none."
  default     = null
}

variable "managed_policy_arns" {
  type        = list(string)
  description = "ARNs of existing managed policies attached to the role."
  default     = []
}

variable "permissions_boundary_arn" {
  type        = string
  description = "ARN of the permissions boundary of the role; null for none."
  default     = null
}

variable "max_session_duration" {
  type        = number
  description = "Maximum session duration of the role, in seconds (3600 to 43200)."
  default     = 3600
}

variable "tags" {
  type        = map(string)
  description = "Tags added to the role and its policy."
  default     = {}
}
