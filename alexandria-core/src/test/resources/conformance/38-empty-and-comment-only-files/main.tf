variable "present" {}
