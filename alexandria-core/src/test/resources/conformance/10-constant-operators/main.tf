variable "sum" { default = 1 + 2 }
variable "precedence" { default = 1 + 1 == 2 ? 3 : 4 }
variable "logic" { default = !false && (1 < 2 || false) }
variable "remainder" { default = 7 % 3 * -2 }
variable "quotient" { default = 1 / 4 }
variable "string_equality" { default = "a" == "a" }
variable "tuple_inequality" { default = [1, 2] != [1, 2] }
variable "number_equality" { default = 1.0 == 1 }
variable "chosen" { default = false ? "yes" : "no" }
