variable "name" {
  type        = string
  description = "Name of the topic (.fifo is appended for FIFO topics)."
}

variable "display_name" {
  type        = string
  description = "Display name used as the sender of SMS and email notifications."
  default     = null
}

variable "fifo_topic" {
  type        = bool
  description = "Create a FIFO topic (only SQS FIFO queues can subscribe)."
  default     = false
}

variable "kms_key_arn" {
  type        = string
  description = "KMS key encrypting messages at rest. Defaults to the AWS managed key alias/aws/sns."
  default     = "alias/aws/sns"
}

variable "publisher_service_principals" {
  type        = list(string)
  description = "AWS services allowed to publish, for example [\"cloudwatch.amazonaws.com\", \"events.amazonaws.com\"]."
  default     = []
  nullable    = false
}

variable "subscriptions" {
  type = map(object({
    protocol             = string
    endpoint             = string
    raw_message_delivery = optional(bool, false)
    filter_policy        = optional(string)
  }))
  description = "Subscriptions keyed by name. Email subscriptions stay pending until the recipient confirms."
  default     = {}
  nullable    = false

  validation {
    condition     = alltrue([for s in values(var.subscriptions) : contains(["sqs", "lambda", "https", "email", "email-json", "sms", "firehose"], s.protocol)])
    error_message = "Subscription protocol must be sqs, lambda, https, email, email-json, sms or firehose."
  }
}

variable "tags" {
  type        = map(string)
  description = "Tags added to the topic."
  default     = {}
  nullable    = false
}
