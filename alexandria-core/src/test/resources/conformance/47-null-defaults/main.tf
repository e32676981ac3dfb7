variable "explicit_null" {
  type    = string
  default = null
}

variable "nulls_inside" {
  default = [null, { a = null }]
}
