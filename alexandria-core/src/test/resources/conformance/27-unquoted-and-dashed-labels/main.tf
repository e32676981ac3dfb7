variable bare_name {
  default = 1
}

variable double--dash {}

resource null_resource unquoted {}

variable "with-dash" { default = "d" }
