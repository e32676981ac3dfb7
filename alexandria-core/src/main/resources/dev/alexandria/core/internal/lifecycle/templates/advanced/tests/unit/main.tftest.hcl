# Unit tests of {{id}}: plans only, so they create nothing. Run them with `alexandria test {{id}}`
# (terraform test -test-directory=tests/unit).

variables {
  name                = "unit-test"
  environment         = "staging"
  enabled             = true
  tags                = { team = "platform" }
  description         = "unit test"
  owner               = "networking"
  cost_center         = "cc-1234"
  retention_days      = 7
  deletion_protection = false
  create_timeout      = "10m"
  allowed_cidrs       = ["10.0.0.0/16"]
  kms_key_arn         = "arn:aws:kms:us-east-1:111122223333:key/unit-test"
  monitoring_enabled  = false
  log_level           = "debug"
  alarm_email         = "oncall@example.com"
  backup_enabled      = false
  backup_window       = "01:00-02:00"
  maintenance_window  = "sat:04:00-sat:05:00"
  multi_az            = false
  availability_zones  = ["us-east-1a"]
  instance_count      = 3
  min_capacity        = 2
  max_capacity        = 6
  scaling_target      = 50
  encryption_enabled  = true
  public_access       = true
  ip_address_type     = "dualstack"
  custom_domain       = "app.example.com"
  certificate_arn     = "arn:aws:acm:us-east-1:111122223333:certificate/unit-test"
  features            = { tracing = true }
  extra_settings      = { mode = "strict" }
  network             = { vpc_id = "vpc-123", subnet_ids = ["subnet-1"] }
}

run "settings_follow_the_inputs" {
  command = plan

  assert {
    condition     = output.settings.name == "unit-test"
    error_message = "settings.name must be the name input."
  }

  assert {
    condition     = output.tags["alexandria:module"] == "{{id}}" && output.tags["team"] == "platform"
    error_message = "tags must hold the inputs' tags and the module's own tag."
  }

  assert {
    condition     = output.enabled
    error_message = "enabled must follow the enabled input."
  }
}

run "disabled_creates_nothing" {
  command = plan

  variables {
    enabled = false
  }

  assert {
    condition     = output.id == null
    error_message = "with enabled = false no resource may be created."
  }
}
