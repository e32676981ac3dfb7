terraform {
  required_version = ">= 1.5.0 <"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">== 5.x"
    }
    random = "~> 3.1"
    null   = "3.x"
  }
}
