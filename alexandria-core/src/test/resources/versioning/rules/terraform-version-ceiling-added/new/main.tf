terraform {
  required_version = ">= 1.3, < 2.0"
}
