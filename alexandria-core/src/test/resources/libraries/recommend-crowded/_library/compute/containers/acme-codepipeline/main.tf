resource "aws_codepipeline" "this" {
}

resource "aws_codebuild_project" "this" {
}

output "id" {
  value = "acme-codepipeline"
}
