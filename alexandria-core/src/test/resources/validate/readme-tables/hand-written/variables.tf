variable "name" {
  type        = string
  description = "The name."
}

variable "quoted_name" {
  type        = string
  description = "A name in a code span."
}

variable "pipe_in_cell" {
  type        = string
  description = "Either a or b."
}
