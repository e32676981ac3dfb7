variable "cidr_block" {
  description = "CIDR block."
}
