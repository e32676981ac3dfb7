variable "reference_in_body" {
  default = [for item in ["a"] : var.other]
}

variable "call_over_empty_collection" {
  default = [for s in [] : upper(s)]
}

variable "uses_its_own_names" {
  default = { for k, v in { x = "1" } : "${k}-${v}" => v }
}
