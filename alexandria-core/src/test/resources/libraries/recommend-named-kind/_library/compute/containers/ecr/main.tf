resource "aws_ecr_repository" "this" {
  name = "app"
}

output "repository_url" {
  value = aws_ecr_repository.this.repository_url
}
