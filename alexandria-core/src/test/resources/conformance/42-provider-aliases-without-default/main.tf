terraform {
  required_providers {
    aws = {
      source = "hashicorp/aws"
    }
  }
}

provider "aws" {
  alias  = "us_east_2"
  region = "us-east-2"
}

provider "aws" {
  alias  = "eu_central_1"
  region = "eu-central-1"
}

provider "google" {
  version = "~> 4.0"
}

resource "aws_s3_bucket" "logs" {
  provider = aws.eu_central_1
}
