run "defaults" {
  command = plan

  variables {
    name = "test"
  }

  assert {
    condition     = aws_vpc.this.cidr_block == "10.0.0.0/16"
    error_message = "default CIDR"
  }
}

run "x" {
  command = plan
