locals {
  common_tags = merge(var.tags, {
    "managed-by" = "terraform"
    "module"     = "ec2-basic"
  })
}

data "aws_ssm_parameter" "al2023" {
  count = var.ami_id == null ? 1 : 0

  name = "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64"
}

resource "aws_iam_role" "this" {
  count = var.enable_ssm ? 1 : 0

  name_prefix = "${substr(var.name, 0, 32)}-ec2-"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "ec2.amazonaws.com" }
      Action    = "sts:AssumeRole"
    }]
  })

  tags = local.common_tags
}

resource "aws_iam_role_policy_attachment" "ssm" {
  count = var.enable_ssm ? 1 : 0

  role       = aws_iam_role.this[0].name
  policy_arn = "arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore"
}

resource "aws_iam_instance_profile" "this" {
  count = var.enable_ssm ? 1 : 0

  name_prefix = "${substr(var.name, 0, 32)}-"
  role        = aws_iam_role.this[0].name

  tags = local.common_tags
}

resource "aws_instance" "this" {
  ami                    = coalesce(var.ami_id, try(nonsensitive(data.aws_ssm_parameter.al2023[0].value), null))
  instance_type          = var.instance_type
  subnet_id              = var.subnet_id
  vpc_security_group_ids = var.security_group_ids
  iam_instance_profile   = try(aws_iam_instance_profile.this[0].name, null)
  user_data_base64       = var.user_data == null ? null : base64encode(var.user_data)
  monitoring             = false

  metadata_options {
    http_endpoint               = "enabled"
    http_tokens                 = "required"
    http_put_response_hop_limit = 1
  }

  root_block_device {
    volume_type           = "gp3"
    volume_size           = var.root_volume_size
    encrypted             = true
    delete_on_termination = true
  }

  volume_tags = merge(local.common_tags, { Name = var.name })
  tags        = merge(local.common_tags, { Name = var.name })

  lifecycle {
    ignore_changes = [ami]
  }
}
