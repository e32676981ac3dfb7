variable "token" {
  type      = string
  ephemeral = true
}
