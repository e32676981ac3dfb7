variable "v" {
  description = ["not", "a", "string"]
  sensitive   = "perhaps"
}

output "o" {
  description = { a = 1 }
  value       = 1
}

module "m" {
  source  = ["x"]
  version = 2
}

resource "aws_vpc" "main" {
  provider = ["aws"]
}

resource "aws_vpc" "converted" {
  provider = "aws.west"
}

terraform {
  required_version = ["1.0.0"]
  required_providers {
    broken = ["list"]
  }
}
