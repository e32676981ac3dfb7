variable "environment" {
  type = string

  validation {
    condition     = length(var.environment) > 0
    error_message = "environment must not be empty."
  }
}
