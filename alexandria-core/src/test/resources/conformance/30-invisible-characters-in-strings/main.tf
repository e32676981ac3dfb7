variable "nbsp_inside" { default = "a b" }
variable "pop_directional" { default = "12345‬" }
variable "zero_width" { default = "x​y" }
variable "escaped_nbsp" { default = "c\u00a0d" }
