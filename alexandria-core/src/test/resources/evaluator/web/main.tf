variable "instance_count" {
  type    = number
  default = 1
}

variable "zones" {
  type    = list(string)
  default = ["eu-west-1a", "eu-west-1b"]
}

resource "aws_instance" "web" {
  count         = var.instance_count * length(var.zones)
  instance_type = count.index == 0 ? "m5.large" : "t3.micro"
}

resource "aws_eip" "web" {
  count    = length(aws_instance.web)
  instance = aws_instance.web[count.index].id
}

resource "aws_s3_bucket" "logs" {}
