variable "one_day_seconds" {
  default = 24 * 60 * 60 // one day
}

variable "halved" {
  default = 10 / 2 # a hash comment after a division
}

variable "block_comment_between_operands" {
  default = 2 /* two */ * /* three */ 3
}
