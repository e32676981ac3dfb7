variable "exponent" { default = 1e3 }
variable "negative_exponent" { default = 1.5E-2 }
variable "signed_exponent" { default = 2e+2 }
variable "negative_small" { default = -2.5e-7 }
variable "beyond_float64_integer" { default = 9007199254740993 }
variable "thirty_digits" { default = 123456789012345678901234567890 }
variable "trailing_zeros" { default = 10.50 }
variable "in_a_list" { default = [1e2, -1E-1] }
