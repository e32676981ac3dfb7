variable "sum" {
  default = 1 + 2
}

variable "first" {
  default = ["x", "y"][0]
}

variable "ids" {
  default = [{ id = 1 }, { id = 2 }][*].id
}

variable "copy" {
  default = [for s in ["a", "b"] : s]
}

variable "upper" {
  default = [for s in ["a", "b"] : upper(s)]
}

variable "ref" {
  default = var.other
}

variable "greeting" {
  default = "hello ${"world"}"
}

variable "port_count" {
  type    = number
  default = "5"
}

variable "servers" {
  type = list(object({
    name = string
    port = optional(number, 80)
    tags = optional(map(string), {})
  }))
  default = [{ name = "a" }, { name = "b", port = 8080 }]
}

variable "bad" {
  type    = number
  default = "five"
}

variable "missing_attr" {
  type    = object({ name = string })
  default = {}
}

variable "not_nullable" {
  type     = string
  default  = null
  nullable = false
}

variable "bad_optional" {
  type    = object({ port = optional(number, "eighty") })
  default = {}
}
