terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 5.0"
    }
  }
}

terraform {
  required_providers {
    random = {
      source = "hashicorp/random"
    }
  }
}
