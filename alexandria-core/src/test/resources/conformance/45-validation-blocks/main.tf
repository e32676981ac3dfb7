variable "things" {
  type = list(object({
    id     = string
    nested = list(object({ id = string }))
  }))
  default = []

  validation {
    condition     = !contains([for v in flatten(var.things[*].nested[*].id) : can(regex("^x-", v))], false)
    error_message = <<-EOT
      Every nested id must start with "x-".
      EOT
  }

  validation {
    condition     = length(var.things) < 100
    error_message = "At most 99 things."
  }
}
