variable "no_type" {}

variable "legacy_map" {
  # quoted value here is a legacy form, still supported
  type = "map"
}

variable "str" {
  type    = string
  default = ""
}

variable "num" {
  type    = number
  default = -12.50
}

variable "big" {
  type    = number
  default = 1e21
}

variable "flag" {
  type      = bool
  default   = false
  nullable  = false
  sensitive = true
}

variable "nothing" {
  type    = string
  default = null
}

variable "tuple" {
  type    = tuple([string, number, bool])
  default = ["a", 1, true]
}

variable "nested" {
  type = map(object({
    cidr  = string
    tags  = optional(map(string))
    ports = optional(list(number), [80, 443])
  }))
  default = {
    b = { cidr = "10.0.0.0/16", ports = [22] }
    a = { cidr = "10.1.0.0/16" }
  }
}

variable "set_any" {
  type    = set(any)
  default = []
}

variable "computed_default" {
  type    = list(string)
  default = concat(["a"], ["b"])
}

variable "ephemeral_token" {
  type       = string
  ephemeral  = true
  deprecated = "Use token_v2 instead"
  validation {
    condition     = length(var.ephemeral_token) > 8
    error_message = "Too short."
  }
  validation {
    condition     = can(regex("^t", var.ephemeral_token))
    error_message = "Must start with t."
  }
}

variable "bad_type" {
  type = list(strng)
}
