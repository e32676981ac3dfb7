# Integration tests of {{id}}: they apply the module, so they create (and then destroy) real
# infrastructure. Run them with `alexandria test {{id}} --integration`.

variables {
  name = "integration-test"
}

run "applies_and_exposes_an_id" {
  command = apply

  assert {
    condition     = output.id != null
    error_message = "an applied module must expose the ID of its main resource."
  }
}
