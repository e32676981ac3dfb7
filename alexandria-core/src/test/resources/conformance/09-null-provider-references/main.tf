terraform {
  required_providers {
    null = {
      source                = "hashicorp/null"
      configuration_aliases = [null.example, null.other]
    }
  }
}

resource "null_resource" "aliased" {
  provider = null.example
}

resource "null_resource" "implied" {}

data "null_data_source" "explicit_default" {
  provider = null
}
