variable "bucket_name" {
  type        = string
  description = "Globally unique bucket name."
}

variable "force_destroy" {
  type        = bool
  description = "Allow destroying a non-empty bucket."
  default     = false
}

variable "object_ownership" {
  type        = string
  description = "BucketOwnerEnforced (ACLs disabled) or BucketOwnerPreferred (needed by some log deliveries)."
  default     = "BucketOwnerEnforced"

  validation {
    condition     = contains(["BucketOwnerEnforced", "BucketOwnerPreferred"], var.object_ownership)
    error_message = "object_ownership must be BucketOwnerEnforced or BucketOwnerPreferred."
  }
}

variable "versioning_enabled" {
  type        = bool
  description = "Keep every version of every object (required for replication and object lock)."
  default     = true
}

variable "object_lock" {
  type = object({
    mode  = string
    days  = optional(number)
    years = optional(number)
  })
  description = "Default object lock retention (GOVERNANCE or COMPLIANCE). Can only be enabled when the bucket is created."
  default     = null

  validation {
    condition     = var.object_lock == null || contains(["GOVERNANCE", "COMPLIANCE"], try(var.object_lock.mode, ""))
    error_message = "object_lock.mode must be GOVERNANCE or COMPLIANCE."
  }
}

variable "kms_key_arn" {
  type        = string
  description = "KMS key for SSE-KMS. Null uses SSE-S3."
  default     = null
}

variable "lifecycle_rules" {
  type = list(object({
    id                                 = string
    prefix                             = optional(string, "")
    transition_to_ia_days              = optional(number)
    transition_to_glacier_days         = optional(number)
    transition_to_deep_archive_days    = optional(number)
    expiration_days                    = optional(number)
    noncurrent_version_expiration_days = optional(number, 90)
  }))
  description = "Lifecycle rules. Transitions are applied in the order IA, Glacier Flexible Retrieval, Deep Archive."
  default = [{
    id = "default"
  }]
  nullable = false
}

variable "intelligent_tiering_archive_days" {
  type        = number
  description = "Days without access before Intelligent-Tiering moves objects to the Archive Access tier. Null disables the configuration."
  default     = null
}

variable "replication" {
  type = object({
    destination_bucket_arn  = string
    destination_kms_key_arn = optional(string)
    storage_class           = optional(string, "STANDARD_IA")
    replica_kms_key_arn     = optional(string)
  })
  description = "Cross-region replication of all objects to another bucket. Null disables replication."
  default     = null
}

variable "access_log_bucket" {
  type        = string
  description = "Bucket receiving server access logs. Null disables access logging."
  default     = null
}

variable "access_log_prefix" {
  type        = string
  description = "Key prefix of the server access logs."
  default     = "s3-access/"
}

variable "read_principal_arns" {
  type        = list(string)
  description = "IAM principals granted read access by the bucket policy."
  default     = []
  nullable    = false
}

variable "additional_policy_json" {
  type        = string
  description = "Extra bucket policy statements (a full policy document) merged into the generated policy."
  default     = null
}

variable "cors_rules" {
  type = list(object({
    allowed_methods = list(string)
    allowed_origins = list(string)
    allowed_headers = optional(list(string), ["*"])
    expose_headers  = optional(list(string), ["ETag"])
    max_age_seconds = optional(number, 3000)
  }))
  description = "CORS rules for browser uploads and downloads."
  default     = []
  nullable    = false
}

variable "eventbridge_notifications" {
  type        = bool
  description = "Send all object events to the default EventBridge bus."
  default     = false
}

variable "tags" {
  type        = map(string)
  description = "Tags added to the bucket and the replication role."
  default     = {}
  nullable    = false
}
