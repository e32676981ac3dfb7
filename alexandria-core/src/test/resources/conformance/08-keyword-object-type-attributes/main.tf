variable "typed" {
  type = object({
    null = string
    true = bool
    if   = number
    for  = list(string)
  })
  default = { null = "n", true = false, if = 1, for = [] }
}
