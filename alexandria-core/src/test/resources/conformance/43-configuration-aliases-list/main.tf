terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 5.0"
      configuration_aliases = [
        aws.us_east, # the primary region
        aws.replica,
      ]
    }
  }
}
