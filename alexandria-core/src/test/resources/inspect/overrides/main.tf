variable "A" {
  default = "A default"
}

variable "B" {
  description = "The B variable"
}

output "A" {
  value = var.A
}

resource "null_resource" "A" {
  triggers = { a = 1 }
  lifecycle {
    ignore_changes = [triggers]
  }
}

module "foo" {
  source  = "foo/bar/baz"
  version = "1.0.2"
}

provider "aws" {
  alias  = "east"
  region = "us-east-1"
}

terraform {
  required_version = ">= 1.0"
  required_providers {
    aws = { source = "hashicorp/aws", version = ">= 4.0" }
  }
}
