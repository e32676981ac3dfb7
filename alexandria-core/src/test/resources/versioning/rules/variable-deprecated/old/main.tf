variable "legacy_mode" {
  type    = bool
  default = false
}
