terraform {
  required_providers {
    aws = {
      version = ">= 5.0, < 6.0"
    }
    random = {
      source = "hashicorp/random"
    }
  }
}
