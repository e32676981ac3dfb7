run "apply" {
  variables {
    name = "test"
  }
}
