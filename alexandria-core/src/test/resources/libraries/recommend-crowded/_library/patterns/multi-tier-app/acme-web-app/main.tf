output "id" {
  value = "acme-web-app"
}
