variable "first" { default = ["x", "y"][0] }
variable "by_key" { default = { a = "1", b = "2" }["b"] }
variable "attribute" { default = { outer = { inner = true } }.outer.inner }
variable "legacy_two_digits" { default = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l"].11 }
variable "string_key_on_tuple" { default = ["p", "q"]["1"] }
variable "nested" { default = [[10, 20], [30, 40]][1][0] }
