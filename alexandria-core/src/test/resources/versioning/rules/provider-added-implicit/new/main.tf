terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 5.0"
    }
  }
}

resource "aws_s3_bucket" "logs" {
  bucket = "logs"
}

resource "random_id" "suffix" {
  byte_length = 4
}
