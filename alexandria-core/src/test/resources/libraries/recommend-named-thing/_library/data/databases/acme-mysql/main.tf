resource "aws_db_instance" "this" {
  engine = "mysql"
}

output "endpoint" {
  value = aws_db_instance.this.endpoint
}
