# Sets name and tags; asserts vpc_id (in a function call) and subnet_ids (in a for expression). The helper run
# tests another module, so what it sets and asserts does not count.
variables {
  name = "test"
}

run "defaults" {
  command = plan

  variables {
    tags = { team = "platform" }
  }

  assert {
    condition     = length(output.vpc_id) > 0 && var.name == "test"
    error_message = "vpc_id is set; the string \"output.not_an_output\" is no reference."
  }

  assert {
    condition     = alltrue([for s in output.subnet_ids : startswith(s, "subnet-")])
    error_message = "subnets are named."
  }
}

run "helper" {
  module {
    source = "./tests/setup"
  }

  variables {
    cidr = "10.0.0.0/16"
  }

  assert {
    condition     = output.helper_id != null
    error_message = "helper works."
  }
}
