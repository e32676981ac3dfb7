variable "instance_class" {
  type = string
}
variable "subnet_ids" {
  type = list(string)
}
