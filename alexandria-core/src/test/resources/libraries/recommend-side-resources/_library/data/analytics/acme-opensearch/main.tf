resource "aws_opensearch_domain" "this" {
  domain_name = "logs"
}

output "domain_arn" {
  value = aws_opensearch_domain.this.arn
}
