variable "cidr_block" {
  type        = string
  description = "CIDR block."
}
