variable "bus_name" {
  type        = string
  description = "Name of the custom event bus, for example orders."

  validation {
    condition     = var.bus_name != "default" && can(regex("^[A-Za-z0-9._-]{1,256}$", var.bus_name))
    error_message = "bus_name must be a custom bus name (not default) of letters, digits, dots, hyphens and underscores."
  }
}

variable "description" {
  type        = string
  description = "Description of the bus."
  default     = null
}

variable "producer_account_ids" {
  type        = list(string)
  description = "Other AWS accounts allowed to put events on the bus."
  default     = []
  nullable    = false
}

variable "archive_retention_days" {
  type        = number
  description = "Days events are archived for replay. 0 disables the archive; null keeps events indefinitely."
  default     = 7
}

variable "rules" {
  type = map(object({
    description   = optional(string)
    event_pattern = string
    target_arn    = string
    role_arn      = optional(string)
    input_path    = optional(string)
  }))
  description = "Rules keyed by name, each with a JSON event pattern and a single target."
  default     = {}
  nullable    = false
}

variable "dead_letter_queue_arn" {
  type        = string
  description = "SQS queue receiving events a target could not accept after retries."
  default     = null
}

variable "maximum_event_age_in_seconds" {
  type        = number
  description = "Give up delivering an event to a target after this many seconds."
  default     = 3600
}

variable "tags" {
  type        = map(string)
  description = "Tags added to the bus and rules."
  default     = {}
  nullable    = false
}
