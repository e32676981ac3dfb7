variable "table_name" {
  type        = string
  description = "Name of the table."
}

variable "billing_mode" {
  type        = string
  description = "PAY_PER_REQUEST (on demand) or PROVISIONED."
  default     = "PAY_PER_REQUEST"

  validation {
    condition     = contains(["PAY_PER_REQUEST", "PROVISIONED"], var.billing_mode)
    error_message = "billing_mode must be PAY_PER_REQUEST or PROVISIONED."
  }
}

variable "hash_key" {
  type        = string
  description = "Partition key attribute name."
}

variable "range_key" {
  type        = string
  description = "Sort key attribute name, or null for a simple primary key."
  default     = null
}

variable "attributes" {
  type = list(object({
    name = string
    type = string
  }))
  description = "Key attributes of the table and its indexes (S, N or B). Only key attributes are declared in DynamoDB."

  validation {
    condition     = alltrue([for a in var.attributes : contains(["S", "N", "B"], a.type)])
    error_message = "Attribute types must be S, N or B."
  }
}

variable "global_secondary_indexes" {
  type = list(object({
    name               = string
    hash_key           = string
    range_key          = optional(string)
    projection_type    = optional(string, "ALL")
    non_key_attributes = optional(list(string))
    read_capacity      = optional(number)
    write_capacity     = optional(number)
  }))
  description = "Global secondary indexes."
  default     = []
  nullable    = false
}

variable "read_capacity" {
  type        = number
  description = "Provisioned read capacity units (PROVISIONED only)."
  default     = 5
}

variable "write_capacity" {
  type        = number
  description = "Provisioned write capacity units (PROVISIONED only)."
  default     = 5
}

variable "ttl_attribute" {
  type        = string
  description = "Attribute holding an epoch-seconds expiry time. Null disables TTL."
  default     = null
}

variable "point_in_time_recovery" {
  type        = bool
  description = "Enable continuous backups with 35-day point-in-time recovery."
  default     = true
}

variable "stream_view_type" {
  type        = string
  description = "Enable DynamoDB Streams with this view type (KEYS_ONLY, NEW_IMAGE, OLD_IMAGE, NEW_AND_OLD_IMAGES). Null disables the stream."
  default     = null
}

variable "kms_key_arn" {
  type        = string
  description = "Customer managed KMS key for server-side encryption. Null uses the AWS owned key."
  default     = null
}

variable "deletion_protection_enabled" {
  type        = bool
  description = "Refuse deletion of the table."
  default     = true
}

variable "table_class" {
  type        = string
  description = "STANDARD or STANDARD_INFREQUENT_ACCESS (cheaper storage, dearer reads)."
  default     = "STANDARD"
}

variable "replica_regions" {
  type        = list(string)
  description = "Regions to replicate to as a global table (version 2019.11.21)."
  default     = []
  nullable    = false
}

variable "tags" {
  type        = map(string)
  description = "Tags added to the table."
  default     = {}
  nullable    = false
}
