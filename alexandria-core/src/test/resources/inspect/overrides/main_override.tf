variable "A" {
  description = "The A variable OVERRIDDEN"
}

variable "C" {
  description = "No base declaration"
}

output "A" {
  description = "I am an overridden output!"
  sensitive   = true
}

resource "null_resource" "A" {
  provider = aws.east
}

module "foo" {
  version = "1.0.2_override"
}
