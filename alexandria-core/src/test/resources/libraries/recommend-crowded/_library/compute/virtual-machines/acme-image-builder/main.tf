resource "aws_imagebuilder_image_pipeline" "this" {
}

output "id" {
  value = "acme-image-builder"
}
