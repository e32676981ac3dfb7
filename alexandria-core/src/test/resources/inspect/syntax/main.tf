# Every construct of the native syntax, in a module that Terraform would accept.
// line comments of both kinds
/* and a block comment
   over several lines */

terraform {
  required_version = ">= 1.8.0"
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.0" }
  }
}

locals {
  names      = [for s in var.subnets : upper(s.name) if s.public]
  by_name    = { for k, v in var.subnet_map : k => v.cidr }
  grouped    = { for s in var.subnets : s.zone => s.name... }
  ids        = aws_subnet.this[*].id
  legacy_ids = aws_subnet.this.*.id
  first      = aws_subnet.this[0].id
  legacy_idx = var.list.0
  cond       = var.enabled ? length(var.subnets) : 0
  math       = -1 + 2 * 3 % 4 / 5 - (6 - 7)
  logic      = !var.enabled || var.a == var.b && var.c != var.d
  compare    = var.n >= 1 && var.n <= 10 && var.n > 0 && var.n < 100
  expanded   = max(var.numbers...)
  arn        = provider::aws::arn_parse("arn:aws:iam::123456789012:role/x")
  tmpl       = "prefix-${var.name}-%{if var.enabled}on%{else}off%{endif}"
  loop       = "%{for i, n in var.subnets}${i}=${n.name},%{endfor}"
  stripped   = "a ${~ var.name ~} b"
  escapes    = "tab\there \"quoted\" \\ \u00e9 $${literal} %%{literal}"
  nested     = { a = [1, 2, { b = "c" }], "quoted key" = true, (var.dyn) = null }
  splat_map  = var.objects[*].tags["Name"]
  multiline = [
    "one",
    "two", # trailing comment
  ]
  obj_multiline = {
    a = 1
    b = 2,
    c = 3
  }
}

variable "subnets" {
  type = list(object({
    name   = string
    zone   = string
    public = optional(bool, false)
  }))
  default = []
}

variable "naïve_ünïcode" {
  type        = string
  default     = "ünïcode ✓"
  description = "Unicode identifiers and strings"
}

variable "heredoc" {
  type    = string
  default = <<EOT
  line one
    line two
EOT
}

variable "indented_heredoc" {
  type    = string
  default = <<-EOT
    line one
      line two

    line three
    EOT
}

variable "one_line" { default = 5 }

resource "aws_subnet" "this" {
  count             = length(var.subnets)
  cidr_block        = cidrsubnet("10.0.0.0/16", 8, count.index)
  availability_zone = var.subnets[count.index].zone

  tags = merge(var.tags, { Name = "subnet-${count.index}" })

  dynamic "ingress" {
    for_each = var.rules
    content {
      from_port = ingress.value.from
    }
  }

  lifecycle { create_before_destroy = true }
}

data "aws_iam_policy_document" "doc" {
  for_each = toset(["a", "b"])
  statement {
    actions = ["s3:GetObject"]
  }
}

module "vpc" {
  source  = "terraform-aws-modules/vpc/aws"
  version = "5.1.0"
  name    = "x"
}

output "ids" {
  description = <<-EOT
    The subnet ids.
    EOT
  value       = aws_subnet.this[*].id
  depends_on  = [aws_subnet.this, data.aws_iam_policy_document.doc]
}
