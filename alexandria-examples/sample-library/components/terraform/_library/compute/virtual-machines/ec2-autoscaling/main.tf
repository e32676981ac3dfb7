locals {
  health_check_type = length(var.target_group_arns) > 0 ? "ELB" : "EC2"

  common_tags = merge(var.tags, {
    "managed-by" = "terraform"
    "module"     = "ec2-autoscaling"
  })
}

data "aws_ssm_parameter" "al2023" {
  count = var.ami_id == null ? 1 : 0

  name = "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64"
}

module "security_group" {
  source = "../../../foundations/security/securitygroup"

  name        = var.name
  description = "Instances of the ${var.name} Auto Scaling group"
  vpc_id      = var.vpc_id

  ingress_rules = [
    for cidr in var.ingress_cidr_blocks : {
      description = "Application traffic from ${cidr}"
      from_port   = var.app_port
      to_port     = var.app_port
      cidr_ipv4   = cidr
    }
  ]

  tags = var.tags
}

resource "aws_launch_template" "this" {
  name_prefix            = "${var.name}-"
  image_id               = coalesce(var.ami_id, try(nonsensitive(data.aws_ssm_parameter.al2023[0].value), null))
  instance_type          = var.instance_types[0]
  user_data              = var.user_data == null ? null : base64encode(var.user_data)
  vpc_security_group_ids = [module.security_group.security_group_id]
  update_default_version = true

  dynamic "iam_instance_profile" {
    for_each = var.iam_instance_profile_name == null ? [] : [var.iam_instance_profile_name]
    content {
      name = iam_instance_profile.value
    }
  }

  metadata_options {
    http_endpoint               = "enabled"
    http_tokens                 = "required"
    http_put_response_hop_limit = 2
  }

  monitoring {
    enabled = var.enable_detailed_monitoring
  }

  block_device_mappings {
    device_name = "/dev/xvda"
    ebs {
      volume_type           = "gp3"
      volume_size           = var.root_volume_size
      encrypted             = true
      delete_on_termination = true
    }
  }

  tag_specifications {
    resource_type = "instance"
    tags          = merge(local.common_tags, { Name = var.name })
  }

  tag_specifications {
    resource_type = "volume"
    tags          = merge(local.common_tags, { Name = var.name })
  }

  tags = local.common_tags
}

resource "aws_autoscaling_group" "this" {
  name_prefix               = "${var.name}-"
  vpc_zone_identifier       = var.subnet_ids
  min_size                  = var.min_size
  max_size                  = var.max_size
  desired_capacity          = var.desired_capacity
  target_group_arns         = var.target_group_arns
  health_check_type         = local.health_check_type
  health_check_grace_period = var.health_check_grace_period
  capacity_rebalance        = var.on_demand_percentage_above_base < 100
  default_instance_warmup   = 120

  mixed_instances_policy {
    instances_distribution {
      on_demand_base_capacity                  = var.on_demand_base_capacity
      on_demand_percentage_above_base_capacity = var.on_demand_percentage_above_base
      spot_allocation_strategy                 = "price-capacity-optimized"
    }

    launch_template {
      launch_template_specification {
        launch_template_id = aws_launch_template.this.id
        version            = "$Latest"
      }

      dynamic "override" {
        for_each = var.instance_types
        content {
          instance_type = override.value
        }
      }
    }
  }

  instance_refresh {
    strategy = "Rolling"
    preferences {
      min_healthy_percentage = var.instance_refresh_min_healthy_percentage
      auto_rollback          = true
    }
  }

  dynamic "tag" {
    for_each = merge(local.common_tags, { Name = var.name })
    content {
      key                 = tag.key
      value               = tag.value
      propagate_at_launch = true
    }
  }

  lifecycle {
    create_before_destroy = true
    ignore_changes        = [desired_capacity]
  }
}

resource "aws_autoscaling_policy" "cpu" {
  count = var.cpu_target == null ? 0 : 1

  name                   = "${var.name}-cpu-target"
  autoscaling_group_name = aws_autoscaling_group.this.name
  policy_type            = "TargetTrackingScaling"

  target_tracking_configuration {
    target_value = var.cpu_target
    predefined_metric_specification {
      predefined_metric_type = "ASGAverageCPUUtilization"
    }
  }
}
