terraform {
  required_version = ">= 1.5.0, < 1.9.0"
}
