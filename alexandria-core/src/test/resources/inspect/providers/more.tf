terraform {
  required_version = "< 2.0.0"
  required_providers {
    aws = {
      version = "< 6.0"
    }
    random = {
      source = "hashicorp/random"
    }
  }
}

provider "google" {
  project = "p"
}

provider "random" {
  alias = "r2"
}

resource "aws_s3_bucket" "east" {
  provider = aws.east
}

resource "aws_s3_bucket" "legacy_quoted" {
  provider = "aws.west"
}

data "http" "x" {
  url = "https://example.com"
}

resource "kubernetes_namespace" "ns" {
  for_each = toset(var.names)
}
