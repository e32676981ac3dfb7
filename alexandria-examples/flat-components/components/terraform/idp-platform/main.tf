module "network" {
  source = "../vpc"

  name       = var.name
  region     = var.region
  cidr_block = var.cidr_block
  tags       = var.tags
}

module "cluster" {
  source = "../eks"

  cluster_name       = var.name
  kubernetes_version = var.kubernetes_version
  vpc_id             = module.network.vpc_id
  subnet_ids         = module.network.private_subnet_ids
  tags               = var.tags
}

module "addons" {
  source = "../eks-addons"

  cluster_name      = module.cluster.cluster_name
  oidc_provider_arn = module.cluster.oidc_provider_arn
  oidc_issuer_url   = module.cluster.oidc_issuer_url
  tags              = var.tags
}

module "secrets" {
  source = "../secretsmanager"

  path_prefix = "/${var.name}"
  secrets = {
    "portal/database" = { description = "Database credentials of the developer portal" }
  }
  tags = var.tags
}

module "external_secrets" {
  source = "../external-secrets"

  cluster_name      = module.cluster.cluster_name
  oidc_provider_arn = module.cluster.oidc_provider_arn
  oidc_issuer_url   = module.cluster.oidc_issuer_url
  secret_arns       = values(module.secrets.secret_arns)
  tags              = var.tags
}

module "monitoring" {
  source = "../monitoring"

  name         = "${var.name}-platform"
  region       = var.region
  alert_emails = var.alert_emails
  tags         = var.tags
}
