variable "kms_key_id" {
  type     = string
  nullable = false
}
