variable "name" {
  type        = string
  description = "Name of the queue (.fifo is appended for FIFO queues)."
}

variable "fifo_queue" {
  type        = bool
  description = "Create a FIFO queue with exactly-once processing and content-based deduplication."
  default     = false
}

variable "visibility_timeout_seconds" {
  type        = number
  description = "Seconds a received message stays invisible. Set to at least six times the consumer timeout."
  default     = 60
}

variable "message_retention_seconds" {
  type        = number
  description = "Seconds a message is kept (60-1209600)."
  default     = 345600

  validation {
    condition     = var.message_retention_seconds >= 60 && var.message_retention_seconds <= 1209600
    error_message = "message_retention_seconds must be between 60 and 1209600 (14 days)."
  }
}

variable "receive_wait_time_seconds" {
  type        = number
  description = "Long-polling wait in seconds (0-20). 20 minimises empty receives."
  default     = 20
}

variable "max_receive_count" {
  type        = number
  description = "Receives before a message moves to the dead-letter queue. 0 creates no dead-letter queue."
  default     = 5
}

variable "kms_key_arn" {
  type        = string
  description = "KMS key for SSE-KMS. Null uses SQS-managed encryption (SSE-SQS)."
  default     = null
}

variable "allowed_sns_topic_arns" {
  type        = list(string)
  description = "SNS topics allowed to publish to the queue through the queue policy."
  default     = []
  nullable    = false
}

variable "tags" {
  type        = map(string)
  description = "Tags added to both queues."
  default     = {}
  nullable    = false
}
