locals {
  is_prod = var.environment == "prod"
  prefix  = "${var.name}-${var.environment}"

  tags = merge(var.tags, {
    application = var.name
    environment = var.environment
    pattern     = "web-app-ecs"
  })
}

# ---------------------------------------------------------------------------
# Network
# ---------------------------------------------------------------------------

module "network" {
  source = "../../../foundations/networking/vpc-standard"

  name                  = local.prefix
  cidr_block            = var.vpc_cidr
  azs                   = var.azs
  database_subnet_cidrs = [for i in range(length(var.azs)) : cidrsubnet(var.vpc_cidr, 8, 200 + i)]
  single_nat_gateway    = !local.is_prod
  interface_endpoints   = local.is_prod ? ["ecr.api", "ecr.dkr", "logs", "secretsmanager"] : []

  tags = local.tags
}

module "alb_security_group" {
  source = "../../../foundations/security/securitygroup"

  name        = "${local.prefix}-alb"
  description = "Public HTTPS entry point of ${local.prefix}"
  vpc_id      = module.network.vpc_id

  ingress_rules = [
    { description = "HTTPS from the internet", from_port = 443, to_port = 443, cidr_ipv4 = "0.0.0.0/0" },
    { description = "HTTP from the internet (redirected to HTTPS)", from_port = 80, to_port = 80, cidr_ipv4 = "0.0.0.0/0" },
  ]

  tags = local.tags
}

module "app_security_group" {
  source = "../../../foundations/security/securitygroup"

  name        = "${local.prefix}-app"
  description = "Application tasks of ${local.prefix}"
  vpc_id      = module.network.vpc_id

  ingress_rules = [{
    description                  = "Application port from the load balancer"
    from_port                    = var.container_port
    to_port                      = var.container_port
    referenced_security_group_id = module.alb_security_group.security_group_id
  }]

  tags = local.tags
}

# ---------------------------------------------------------------------------
# Load balancer
# ---------------------------------------------------------------------------

resource "aws_lb" "this" {
  name                       = substr(local.prefix, 0, 32)
  load_balancer_type         = "application"
  internal                   = false
  subnets                    = module.network.public_subnet_ids
  security_groups            = [module.alb_security_group.security_group_id]
  drop_invalid_header_fields = true
  enable_deletion_protection = local.is_prod

  tags = local.tags
}

resource "aws_lb_target_group" "app" {
  name_prefix          = "app-"
  port                 = var.container_port
  protocol             = "HTTP"
  target_type          = "ip"
  vpc_id               = module.network.vpc_id
  deregistration_delay = 30

  health_check {
    path                = var.health_check_path
    matcher             = "200-299"
    interval            = 15
    healthy_threshold   = 2
    unhealthy_threshold = 3
  }

  tags = local.tags

  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_lb_listener" "https" {
  load_balancer_arn = aws_lb.this.arn
  port              = 443
  protocol          = "HTTPS"
  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-2021-06"
  certificate_arn   = var.certificate_arn

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.app.arn
  }
}

resource "aws_lb_listener" "http_redirect" {
  load_balancer_arn = aws_lb.this.arn
  port              = 80
  protocol          = "HTTP"

  default_action {
    type = "redirect"
    redirect {
      port        = "443"
      protocol    = "HTTPS"
      status_code = "HTTP_301"
    }
  }
}

module "waf" {
  source = "../../../foundations/security/waf"
  count  = var.enable_waf ? 1 : 0

  name                    = local.prefix
  scope                   = "REGIONAL"
  associate_resource_arns = [aws_lb.this.arn]
  rate_limit              = 2000

  tags = local.tags
}

# ---------------------------------------------------------------------------
# Database
# ---------------------------------------------------------------------------

module "database" {
  source = "../../../data/databases/rds-postgres"

  identifier                 = local.prefix
  instance_class             = var.db_instance_class
  allocated_storage          = var.db_allocated_storage
  vpc_id                     = module.network.vpc_id
  subnet_ids                 = module.network.database_subnet_ids
  allowed_security_group_ids = [module.app_security_group.security_group_id]
  multi_az                   = local.is_prod
  deletion_protection        = local.is_prod
  skip_final_snapshot        = !local.is_prod
  backup_retention_period    = local.is_prod ? 14 : 3

  tags = local.tags
}

# ---------------------------------------------------------------------------
# Application
# ---------------------------------------------------------------------------

module "service" {
  source = "../../../compute/containers/ecs-fargate"

  name               = local.prefix
  container_image    = var.container_image
  container_port     = var.container_port
  cpu                = var.cpu
  memory             = var.memory
  desired_count      = var.min_tasks
  subnet_ids         = module.network.private_subnet_ids
  security_group_ids = [module.app_security_group.security_group_id]
  target_group_arn   = aws_lb_target_group.app.arn
  log_retention_days = var.log_retention_days

  environment = merge(var.app_environment, {
    DB_HOST = module.database.address
    DB_PORT = tostring(module.database.port)
    DB_NAME = module.database.db_name
  })

  secrets = {
    DB_USERNAME = "${module.database.master_user_secret_arn}:username::"
    DB_PASSWORD = "${module.database.master_user_secret_arn}:password::"
  }

  autoscaling = {
    min_capacity = var.min_tasks
    max_capacity = var.max_tasks
    cpu_target   = 60
  }

  tags = local.tags

  depends_on = [aws_lb_listener.https]
}
