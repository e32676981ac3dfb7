resource "aws_instance" "this" {
  instance_type = "t3.micro"
}

output "instance_id" {
  value = aws_instance.this.id
}
