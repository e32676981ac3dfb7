locals {
  common_tags = merge(var.tags, {
    "managed-by" = "terraform"
    "module"     = "efs"
  })
}

resource "aws_efs_file_system" "this" {
  creation_token   = var.name
  performance_mode = var.performance_mode
  throughput_mode  = var.throughput_mode
  encrypted        = true
  kms_key_id       = var.kms_key_arn

  dynamic "lifecycle_policy" {
    for_each = var.transition_to_ia == null ? [] : [var.transition_to_ia]
    content {
      transition_to_ia = lifecycle_policy.value
    }
  }

  lifecycle_policy {
    transition_to_primary_storage_class = "AFTER_1_ACCESS"
  }

  tags = merge(local.common_tags, { Name = var.name })
}

resource "aws_efs_backup_policy" "this" {
  file_system_id = aws_efs_file_system.this.id

  backup_policy {
    status = "ENABLED"
  }
}

resource "aws_security_group" "this" {
  name_prefix = "${var.name}-efs-"
  description = "NFS clients of ${var.name}"
  vpc_id      = var.vpc_id

  dynamic "ingress" {
    for_each = length(var.allowed_security_group_ids) > 0 ? [1] : []
    content {
      description     = "NFS from clients"
      from_port       = 2049
      to_port         = 2049
      protocol        = "tcp"
      security_groups = var.allowed_security_group_ids
    }
  }

  tags = merge(local.common_tags, { Name = "${var.name}-efs" })

  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_efs_mount_target" "this" {
  count = length(var.subnet_ids)

  file_system_id  = aws_efs_file_system.this.id
  subnet_id       = var.subnet_ids[count.index]
  security_groups = [aws_security_group.this.id]
}

resource "aws_efs_access_point" "this" {
  for_each = var.access_points

  file_system_id = aws_efs_file_system.this.id

  posix_user {
    uid = each.value.uid
    gid = each.value.gid
  }

  root_directory {
    path = each.value.path
    creation_info {
      owner_uid   = each.value.uid
      owner_gid   = each.value.gid
      permissions = each.value.permissions
    }
  }

  tags = merge(local.common_tags, { Name = "${var.name}-${each.key}" })
}

resource "aws_efs_file_system_policy" "this" {
  file_system_id = aws_efs_file_system.this.id
  policy         = <<-EOT
    {
      "Version": "2012-10-17",
      "Statement": [
        {
          "Sid": "DenyInsecureTransport",
          "Effect": "Deny",
          "Principal": { "AWS": "*" },
          "Action": "*",
          "Resource": "${aws_efs_file_system.this.arn}",
          "Condition": { "Bool": { "aws:SecureTransport": "false" } }
        }
      ]
    }
  EOT
}
