variable "size" {
  type    = number
  default = 3
}

resource "aws_launch_template" "web" {
  name_prefix   = "web-"
  image_id      = "ami-123"
  instance_type = "c5.large"

  block_device_mappings {
    device_name = "/dev/xvda"
    ebs {
      volume_size = 30
      volume_type = "gp3"
    }
  }
}

resource "aws_autoscaling_group" "web" {
  min_size         = 1
  max_size         = 10
  desired_capacity = var.size

  launch_template {
    id      = aws_launch_template.web.id
    version = "$Latest"
  }
}

resource "aws_ecs_task_definition" "app" {
  family                   = "app"
  cpu                      = "512"
  memory                   = "1024"
  requires_compatibilities = ["FARGATE"]
  container_definitions    = "[]"
}

resource "aws_ecs_service" "app" {
  name            = "app"
  launch_type     = "FARGATE"
  desired_count   = 2
  task_definition = aws_ecs_task_definition.app.arn
}
