output "id" {
  value = "acme-container-definition"
}
