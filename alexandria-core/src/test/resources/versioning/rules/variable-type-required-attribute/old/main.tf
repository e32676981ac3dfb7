variable "settings" {
  type = object({
    name = string
  })
}
