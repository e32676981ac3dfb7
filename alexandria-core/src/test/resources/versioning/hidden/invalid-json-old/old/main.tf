resource "aws_s3_bucket" "this" {
  bucket = var.name
  tags   = var.tags
}

module "logs" {
  source = "./modules/logs"
  name   = var.name
}
