variable "retention_days" {
  type     = number
  default  = 7
  nullable = false
}
