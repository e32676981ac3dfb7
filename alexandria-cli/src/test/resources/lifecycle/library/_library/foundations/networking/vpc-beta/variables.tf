variable "cidr" {
  type        = string
  description = "The VPC CIDR."
}
