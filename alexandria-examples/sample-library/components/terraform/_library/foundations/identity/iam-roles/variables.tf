variable "name" {
  type        = string
  description = "Name of the IAM role."

  validation {
    condition     = length(var.name) <= 64 && can(regex("^[A-Za-z0-9+=,.@_-]+$", var.name))
    error_message = "name must be at most 64 characters of letters, digits and +=,.@_-."
  }
}

variable "description" {
  type        = string
  description = "Description of the role."
  default     = null
}

variable "path" {
  type        = string
  description = "IAM path of the role."
  default     = "/platform/"
}

variable "trusted_services" {
  type        = list(string)
  description = "AWS service principals allowed to assume the role, for example [\"ecs-tasks.amazonaws.com\"]."
  default     = []
  nullable    = false
}

variable "trusted_role_arns" {
  type        = list(string)
  description = "IAM role or account root ARNs allowed to assume the role."
  default     = []
  nullable    = false
}

variable "require_mfa" {
  type        = bool
  description = "Require MFA when a trusted IAM principal assumes the role."
  default     = false
}

variable "oidc_provider_arn" {
  type        = string
  description = "ARN of an IAM OIDC provider (EKS IRSA or GitHub Actions) allowed to assume the role with web identity."
  default     = null
}

variable "oidc_subjects" {
  type        = list(string)
  description = "Allowed sub claims for web-identity federation, for example system:serviceaccount:payments:api or repo:acme/app:ref:refs/heads/main. Wildcards allowed."
  default     = []
  nullable    = false
}

variable "oidc_audience" {
  type        = string
  description = "Expected aud claim for web-identity federation."
  default     = "sts.amazonaws.com"
}

variable "managed_policy_arns" {
  type        = list(string)
  description = "Managed policies attached to the role."
  default     = []
  nullable    = false
}

variable "inline_policies" {
  type        = map(string)
  description = "Inline policy documents (JSON) keyed by policy name."
  default     = {}
  nullable    = false
}

variable "permissions_boundary_arn" {
  type        = string
  description = "Permissions boundary applied to the role. Required by the organization SCP for roles under /workloads/."
  default     = null
}

variable "max_session_duration" {
  type        = number
  description = "Maximum session duration in seconds (3600-43200)."
  default     = 3600

  validation {
    condition     = var.max_session_duration >= 3600 && var.max_session_duration <= 43200
    error_message = "max_session_duration must be between 3600 and 43200 seconds."
  }
}

variable "create_instance_profile" {
  type        = bool
  description = "Also create an EC2 instance profile for the role."
  default     = false
}

variable "force_detach_policies" {
  type        = bool
  description = "Detach policies attached outside Terraform before destroying the role."
  default     = true
}

variable "tags" {
  type        = map(string)
  description = "Tags added to the role and instance profile."
  default     = {}
  nullable    = false
}
