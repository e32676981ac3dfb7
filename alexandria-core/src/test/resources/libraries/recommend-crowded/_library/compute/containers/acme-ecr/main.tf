resource "aws_ecr_repository" "this" {
}

output "id" {
  value = "acme-ecr"
}
