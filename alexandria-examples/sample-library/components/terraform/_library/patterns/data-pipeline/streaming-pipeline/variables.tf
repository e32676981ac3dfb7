variable "name" {
  type        = string
  description = "Name of the pipeline; prefix of every resource."
}

variable "bucket_name" {
  type        = string
  description = "Globally unique name of the bucket receiving the raw archive and processed output."
}

variable "stream_mode" {
  type        = string
  description = "ON_DEMAND or PROVISIONED capacity of the ingest stream."
  default     = "ON_DEMAND"
}

variable "shard_count" {
  type        = number
  description = "Shards of the ingest stream in PROVISIONED mode."
  default     = 2
}

variable "retention_hours" {
  type        = number
  description = "Hours records stay replayable in the ingest stream."
  default     = 48
}

variable "processor_source_dir" {
  type        = string
  description = "Directory with the record processor code."
}

variable "processor_runtime" {
  type        = string
  description = "Lambda runtime of the record processor."
  default     = "python3.12"
}

variable "processor_handler" {
  type        = string
  description = "Entry point of the record processor."
  default     = "processor.handler"
}

variable "processor_memory_size" {
  type        = number
  description = "Memory of the record processor in MB."
  default     = 1024
}

variable "batch_size" {
  type        = number
  description = "Records per processor invocation (1-10000)."
  default     = 500
}

variable "maximum_batching_window_in_seconds" {
  type        = number
  description = "Seconds to gather records before invoking the processor (0-300)."
  default     = 5
}

variable "parallelization_factor" {
  type        = number
  description = "Concurrent processor batches per shard (1-10)."
  default     = 2

  validation {
    condition     = var.parallelization_factor >= 1 && var.parallelization_factor <= 10
    error_message = "parallelization_factor must be between 1 and 10."
  }
}

variable "raw_archive_enabled" {
  type        = bool
  description = "Archive every raw record to S3 through Firehose (GZIP, partitioned by hour)."
  default     = true
}

variable "firehose_buffering_interval" {
  type        = number
  description = "Seconds Firehose buffers before writing an archive object (0-900)."
  default     = 300
}

variable "firehose_buffering_size" {
  type        = number
  description = "MiB Firehose buffers before writing an archive object (1-128)."
  default     = 64
}

variable "archive_transition_to_glacier_days" {
  type        = number
  description = "Days before raw archive objects move to Glacier Flexible Retrieval."
  default     = 90
}

variable "tags" {
  type        = map(string)
  description = "Tags added to every resource of the pipeline."
  default     = {}
  nullable    = false
}
