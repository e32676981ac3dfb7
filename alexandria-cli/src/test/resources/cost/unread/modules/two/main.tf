resource "aws_instance" "w" {
  count         = 1
  ami           = "ami-12345678"
  instance_type = "t3.micro"

  root_block_device {
    volume_type = "gp2"
    volume_size = 8
  }
}
