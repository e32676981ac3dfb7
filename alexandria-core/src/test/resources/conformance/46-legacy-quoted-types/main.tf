variable "quoted_string" {
  type = "string"
}

variable "quoted_list" {
  type    = "list"
  default = ["a"]
}

variable "quoted_map" {
  type    = "map"
  default = {}
}

variable "bare_list" {
  type = list
}
