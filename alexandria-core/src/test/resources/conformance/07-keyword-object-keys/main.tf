variable "keyword_keys" {
  default = { null = 1, a = 2, true = "t", false = "f" }
}

variable "for_after_first" {
  default = { a = 1, for = 2, "if" = 3, in = 4 }
}

variable "multiline" {
  default = {
    null  = "n"
    false = false
  }
}
