variable "region" {
  default = "eu-west-1"
}

variable "name" {
  description = "Name of the stack"
}

variable "owner" {
  description = "Owning team"
}

output "region" {
  value = "${var.region}"
}

output "name" {
  description = "The stack name"
  value       = var.name
  sensitive   = false
}

output "secret" {
  description = "Only for machines"
  value       = var.owner
  sensitive   = true
}

resource "null_resource" "one" {}
resource "null_resource" "two" {}
resource "null_resource" "three" {}
