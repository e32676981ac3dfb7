variable "name" {
  type        = string
  description = "Name of the bucket"
}

variable "tags" {
  type    = map(string)
  default = {}
}

variable "versioning" {
  type    = bool
  default = true
}
