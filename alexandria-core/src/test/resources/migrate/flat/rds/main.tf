resource "aws_db_instance" "this" {
  engine            = "postgres"
  instance_class    = var.instance_class
  kms_key_id        = aws_kms_key.this.arn
  vpc_security_group_ids = [aws_security_group.this.id]
}

resource "aws_security_group" "this" {
  name = "db"
}

resource "aws_kms_key" "this" {
  description = "db"
}

resource "aws_db_subnet_group" "this" {
  subnet_ids = var.subnet_ids
}
