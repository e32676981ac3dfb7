variable "size" {
  description = "described by override.tf"
}
