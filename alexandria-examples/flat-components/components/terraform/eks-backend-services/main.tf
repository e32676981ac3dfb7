module "service_role" {
  source = "../iam"

  role_name           = "${var.name}-backend-services"
  trusted_services    = ["pods.eks.amazonaws.com"]
  policy_json         = data.aws_iam_policy_document.access.json
  tags                = var.tags
  managed_policy_arns = []
}

resource "aws_ecr_repository" "this" {
  for_each = toset(var.repositories)

  name                 = "${var.name}/${each.value}"
  image_tag_mutability = "IMMUTABLE"

  image_scanning_configuration {
    scan_on_push = true
  }

  tags = var.tags
}

resource "aws_sqs_queue" "this" {
  for_each = toset(var.queues)

  name                      = "${var.name}-${each.value}"
  message_retention_seconds = 345600
  sqs_managed_sse_enabled   = true

  tags = var.tags
}

data "aws_iam_policy_document" "access" {
  statement {
    actions   = ["sqs:SendMessage", "sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:GetQueueAttributes"]
    resources = [for queue in aws_sqs_queue.this : queue.arn]
  }
}

resource "aws_eks_pod_identity_association" "this" {
  cluster_name    = var.cluster_name
  namespace       = var.namespace
  service_account = var.service_account
  role_arn        = module.service_role.role_arn
}
