terraform {
  required_providers {
    aws = {
      source  = "example/aws"
      version = ">= 5.0"
    }
  }
}
