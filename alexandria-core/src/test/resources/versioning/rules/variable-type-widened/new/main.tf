variable "subnets" {
  type = any
}
