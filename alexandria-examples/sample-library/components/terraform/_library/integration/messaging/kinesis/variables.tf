variable "name" {
  type        = string
  description = "Name of the data stream."
}

variable "stream_mode" {
  type        = string
  description = "ON_DEMAND scales automatically; PROVISIONED uses shard_count."
  default     = "ON_DEMAND"

  validation {
    condition     = contains(["ON_DEMAND", "PROVISIONED"], var.stream_mode)
    error_message = "stream_mode must be ON_DEMAND or PROVISIONED."
  }
}

variable "shard_count" {
  type        = number
  description = "Number of shards in PROVISIONED mode (1 MB/s in, 2 MB/s out each)."
  default     = 2
}

variable "retention_period" {
  type        = number
  description = "Hours records are kept (24-8760)."
  default     = 24

  validation {
    condition     = var.retention_period >= 24 && var.retention_period <= 8760
    error_message = "retention_period must be between 24 and 8760 hours."
  }
}

variable "kms_key_arn" {
  type        = string
  description = "KMS key for server-side encryption. Defaults to the AWS managed key alias/aws/kinesis."
  default     = "alias/aws/kinesis"
}

variable "enhanced_fan_out_consumers" {
  type        = list(string)
  description = "Names of enhanced fan-out consumers, each with 2 MB/s per shard of dedicated read throughput."
  default     = []
  nullable    = false
}

variable "shard_level_metrics" {
  type        = list(string)
  description = "Shard-level CloudWatch metrics to enable, for example [\"IncomingBytes\", \"IteratorAgeMilliseconds\"]."
  default     = []
  nullable    = false
}

variable "tags" {
  type        = map(string)
  description = "Tags added to the stream."
  default     = {}
  nullable    = false
}
