module "iam_baseline" {
  source = "./modules/iam-baseline"
}

output "id" {
  value = "acme-account-baseline"
}
