resource "aws_instance" "this" {
  ami           = "ami-123"
  instance_type = "t3.micro"
}

output "instance_id" {
  value = aws_instance.this.id
}
