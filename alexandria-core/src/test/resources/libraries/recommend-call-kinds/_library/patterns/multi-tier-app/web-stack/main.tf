variable "nlb_ingress_target_group_arn" {
  type        = string
  description = "Target group ARN of the NLB ingress"
}

module "ecs_cloudwatch_autoscaling" {
  source  = "cloudposse/ecs-cloudwatch-autoscaling/aws"
  version = "1.0.0"
}

module "ecs_cloudwatch_sns_alarms" {
  source  = "cloudposse/ecs-cloudwatch-sns-alarms/aws"
  version = "1.0.0"
}

module "alb_ingress" {
  source  = "cloudposse/alb-ingress/aws"
  version = "1.0.0"
}
