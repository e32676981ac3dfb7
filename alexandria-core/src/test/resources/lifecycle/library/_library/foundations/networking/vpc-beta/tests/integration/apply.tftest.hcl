run "apply" {
  command = apply
}
