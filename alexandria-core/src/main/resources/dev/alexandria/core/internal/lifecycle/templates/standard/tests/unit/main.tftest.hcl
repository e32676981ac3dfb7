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
