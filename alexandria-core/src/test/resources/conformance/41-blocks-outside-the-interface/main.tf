locals {
  name = "x"
}

moved {
  from = aws_instance.old
  to   = aws_instance.new
}

removed {
  from = aws_instance.gone
  lifecycle {
    destroy = false
  }
}

import {
  to = aws_instance.new
  id = "i-123"
}

check "health" {
  data "http" "probe" {
    url = "https://example.com"
  }

  assert {
    condition     = data.http.probe.status_code == 200
    error_message = "down"
  }
}

variable "after_all_of_them" {
  default = "read"
}
