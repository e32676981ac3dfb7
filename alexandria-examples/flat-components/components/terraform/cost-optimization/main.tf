module "budgets" {
  source = "../cost-monitoring"

  name                  = var.name
  monthly_budget_usd    = var.monthly_budget_usd
  anomaly_threshold_usd = var.anomaly_threshold_usd
  alert_emails          = var.alert_emails
  tags                  = var.tags
}

module "scheduler" {
  source = "../lambda"

  function_name = "${var.name}-off-hours-scheduler"
  handler       = "scheduler.handler"
  package_path  = var.scheduler_package_path
  environment = {
    SCHEDULE_TAG = var.schedule_tag_key
  }
  tags = var.tags
}

module "scheduler_trigger" {
  source = "../monitoring"

  name   = "${var.name}-scheduler"
  region = var.region
  alarms = {
    scheduler-errors = {
      namespace   = "AWS/Lambda"
      metric_name = "Errors"
      dimensions  = { FunctionName = module.scheduler.function_name }
      threshold   = 0
    }
  }
  alert_emails = var.alert_emails
  tags         = var.tags
}
