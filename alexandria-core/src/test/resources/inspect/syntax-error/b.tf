variable "other_file" {
  type = string
}
