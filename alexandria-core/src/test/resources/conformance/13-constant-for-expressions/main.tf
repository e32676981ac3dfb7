variable "identity" {
  default = [for s in ["a", "b"] : s]
}

variable "object_for_over_lines" {
  default = {
    for k, v in { b = 2, a = 1 } :
    k => v * 10
  }
}

variable "filtered" {
  default = [for i, v in ["a", "b", "c"] : v if i < 2]
}

variable "grouped" {
  default = { for i, v in ["a", "a", "b"] : v => i... }
}

variable "calls_a_function" {
  default = [for s in ["a"] : upper(s)]
}
