variable "instance_count" {
  type    = number
  default = 2
}

variable "instance_type" {
  type    = string
  default = "t3.micro"
}

variable "buckets" {
  type    = map(string)
  default = { logs = "STANDARD", data = "STANDARD" }
}

resource "aws_instance" "web" {
  count         = var.instance_count
  ami           = "ami-123"
  instance_type = var.instance_type

  root_block_device {
    volume_size = 10
    volume_type = "gp3"
  }
}

resource "aws_s3_bucket" "b" {
  for_each = var.buckets
  bucket   = "acme-${each.key}"
}

resource "aws_security_group" "web" {
  name = "web"
}

resource "random_id" "suffix" {
  byte_length = 4
}

resource "aws_kinesis_stream" "events" {
  name        = "events"
  shard_count = 1
}
