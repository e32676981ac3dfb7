variable /* before the label */ "described" /* after the label */ {
  # a hash comment
  type = object({
    size = number # trailing hash comment
    name = string // trailing slash comment
    /* leading block comment */ tags = map(string)
  }) # comment after the type
  default = {
    size = 3 // after a value
    name = "n" /* inline */
    tags = {}
  }
}

variable "list_with_comments" {
  default = [
    "a", # after the first item
    "b", # after the last item, which has a trailing comma
  ]
}
