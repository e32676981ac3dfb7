# A call of the module: a stable module has examples (validation, which version and register run, counts them).
module "vpc" {
  source = "../.."
  name   = "example"
}
