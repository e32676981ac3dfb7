variable "legacy_mode" {
  type       = bool
  default    = false
  deprecated = "Use mode instead."
}
