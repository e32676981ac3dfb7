resource "aws_config_configuration_recorder" "this" {
}

output "id" {
  value = "acme-config"
}
