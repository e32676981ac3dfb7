variable "escaped_interpolation" { default = "$${literal}" }
variable "escaped_directive" { default = "%%{literal}" }
variable "escaped_without_closer" { default = "a$${b" }
variable "doubled_without_brace" { default = "cost $$5 and 100%%" }
variable "lone_markers" { default = "$ % $x %y" }
variable "backslash_escapes" { default = "tab\tquote\"slash\\e\u00e9\U0001F600" }
